/**
 * Server-side logging. Messages must never carry a full ID number or phone: callers log ids and masked
 * values only, and this scrubs anything that still looks like one as a last line of defence.
 */
const idLike = /\b\d{17}[\dXx]\b/g;
const phoneLike = /\b1[3-9]\d{9}\b/g;

export function scrub(text: string): string {
  return text
    .replace(idLike, (m) => `${m.slice(0, 6)}********${m.slice(-4)}`)
    .replace(phoneLike, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`);
}

export function logError(message: string, error: unknown, context: Record<string, unknown> = {}) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  console.error(scrub(`[jingmin] ${message} ${JSON.stringify(context)}\n${detail}`));
}

export function logInfo(message: string, context: Record<string, unknown> = {}) {
  console.log(scrub(`[jingmin] ${message} ${JSON.stringify(context)}`));
}
