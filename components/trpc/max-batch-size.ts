/** Calls in one tRPC batch: the browser client splits larger batches, the route refuses them. */
export const maxBatchSize = 10;
