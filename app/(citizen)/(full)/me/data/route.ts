import "server-only";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { chinaToday } from "@/server/dates/china-today";
import { isDomainError } from "@/server/errors";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

const noStore = { "Cache-Control": "private, no-store, max-age=0" };
const statusOf: Partial<Record<string, number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * "Download my data": the `me.exportData` procedure's answer as a JSON file the browser saves. It goes
 * through the procedure, so the citizen check and the audit entry are the same as for any other caller.
 */
export async function GET(request: Request) {
  const caller = createCaller(createContext({ db: await getDb(), user: await currentUser(), headers: request.headers }));
  try {
    const data = await caller.me.exportData();
    const filename = `jingmin-my-data-${chinaToday().replaceAll("-", "")}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      status: 200,
      headers: {
        ...noStore,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const domain = error instanceof Error && isDomainError(error.cause) ? error.cause : null;
    const status = domain ? statusOf[domain.code] : undefined;
    if (!status) throw error;
    return new Response(null, { status, headers: noStore });
  }
}
