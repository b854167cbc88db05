/** Waits until `minMs` have passed since `startedAt` (a `performance.now()` reading). */
export async function padToMinDuration(startedAt: number, minMs: number): Promise<void> {
  const left = minMs - (performance.now() - startedAt);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
