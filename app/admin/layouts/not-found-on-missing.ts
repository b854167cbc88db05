import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** A page for a citizen or group that does not exist (a stale link, an edited URL) is a 404, not an error page. */
export async function notFoundOnMissing<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
