/**
 * C0 controls but tab, line feed and carriage return (which text areas send), DEL, and C1 controls: no
 * one types them, PostgreSQL refuses NUL outright, and the rest can hide text or forge log lines.
 */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const controlCharacters = new RegExp(controlCharacter.source, "g");

/** Whether any string in an input — values and keys, however deeply nested, form data too — holds one. */
export function containsControlCharacters(input: unknown, depth = 0): boolean {
  if (typeof input === "string") return controlCharacter.test(input);
  if (depth > 32 || input === null || typeof input !== "object") return false;
  if (input instanceof FormData)
    return [...input.entries()].some(([k, v]) => containsControlCharacters(k) || containsControlCharacters(v));
  if (Array.isArray(input)) return input.some((v) => containsControlCharacters(v, depth + 1));
  if (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null) return false;
  return Object.entries(input).some(
    ([k, v]) => containsControlCharacters(k) || containsControlCharacters(v, depth + 1),
  );
}

/** The text with each control character written out as `\u0000`, so it can be stored and read anywhere. */
export function escapeControlCharacters(text: string): string {
  return text.replace(controlCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `escapeControlCharacters` applied to every string (values and keys) of a JSON-like value. */
export function escapeControlCharactersDeep<T>(value: T, depth = 0): T {
  if (typeof value === "string") return escapeControlCharacters(value) as T;
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => escapeControlCharactersDeep(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [escapeControlCharacters(k), escapeControlCharactersDeep(v, depth + 1)]),
  ) as T;
}
