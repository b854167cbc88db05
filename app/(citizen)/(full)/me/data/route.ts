import "server-only";
import { chinaToday } from "@/server/dates/china-today";
import { routeCaller } from "@/server/http/route-procedure";

/**
 * "Download my data": the `me.exportData` procedure's answer as a JSON file the browser saves. It goes
 * through the procedure, so the citizen check and the audit entry are the same as for any other caller.
 */
export async function GET(request: Request) {
  return routeCaller(request, async (caller) => {
    const data = await caller.me.exportData();
    const filename = `jingmin-my-data-${chinaToday().replaceAll("-", "")}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      status: 200,
      headers: {
        "Cache-Control": "private, no-store, max-age=0",
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
