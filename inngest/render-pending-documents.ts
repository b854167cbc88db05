import "server-only";
import { getDb } from "@/db/client";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { renderPendingDocuments as drawPending } from "@/server/documents/render-pending-documents";
import { inngest } from "./client";

/** Left to the issuing request first: it draws its documents right after its commit. */
const graceMs = 30_000;
/** A bound on one run; what is left waits for the next minute. */
const maxBatches = 20;

/**
 * Every minute: draws the PDFs that an automatic decision committed without (its request draws them right
 * after the commit), in case that request died in between. Each batch is its own step.
 */
export const renderPendingDocuments = inngest.createFunction(
  {
    id: "render-pending-documents",
    name: "Issued documents: draw PDFs left pending",
    triggers: [{ cron: "* * * * *" }, { event: runRequestedEvent("render-pending-documents") }],
  },
  async ({ step }) => {
    const issuedBefore = new Date(Date.now() - graceMs);
    let rendered = 0;
    let failed = 0;
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`render-${i}`, async () => drawPending(await getDb(), { issuedBefore }));
      rendered += batch.rendered;
      failed += batch.failed;
      if (!batch.more || batch.rendered === 0) break;
    }
    const summary: JobSummary = { itemsProcessed: rendered, smsQueued: 0 };
    return { ...summary, rendered, failed };
  },
);
