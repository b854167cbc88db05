import type { NextRequest } from "next/server";
import { serve } from "inngest/next";
import { functions } from "@/inngest";
import { inngest } from "@/inngest/client";
import { jobsMode } from "@/server/env";

const handler = serve({ client: inngest, functions });

/**
 * Inngest calls this endpoint to register and run functions. On the embedded default the in-process
 * runner executes them, so the endpoint does not exist there: nobody can invoke a function over HTTP.
 */
function onlyWithInngest(method: "GET" | "POST" | "PUT") {
  return (req: NextRequest, ctx: unknown) =>
    jobsMode() === "inngest" ? handler[method](req, ctx) : Promise.resolve(new Response(null, { status: 404 }));
}

export const GET = onlyWithInngest("GET");
export const POST = onlyWithInngest("POST");
export const PUT = onlyWithInngest("PUT");
