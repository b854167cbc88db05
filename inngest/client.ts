import { Inngest } from "inngest";
import { jobLogger } from "@/server/jobs/job-logger";

/**
 * The one Inngest client. Keys come from the environment (INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY, or
 * INNGEST_DEV=1 for a local dev server); without them the in-process runner executes these functions.
 */
export const inngest = new Inngest({ id: "jingmin", logger: jobLogger });
