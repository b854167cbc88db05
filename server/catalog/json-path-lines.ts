/**
 * The line of every value in a JSON text, by its path ("sections.0.fields.2.key"), so a problem found in
 * the parsed value can be shown at the line the admin typed it. Property values are placed at their key's
 * line. Only called on text JSON.parse accepted, so it need not report syntax errors of its own.
 */
export function jsonPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === "\n") line++;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, at: number) => {
    skip();
    if (!lines.has(path)) lines.set(path, at || line);
    const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
    const c = text[i];
    if (c === "{") {
      i++;
      skip();
      while (text[i] !== "}") {
        skip();
        const keyLine = line;
        const key = readString();
        skip();
        i++; // the colon
        value(child(key), keyLine);
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === "[") {
      i++;
      skip();
      for (let n = 0; text[i] !== "]"; n++) {
        value(child(n), 0);
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value("", 1);
  return lines;
}

/**
 * The line of a JSON syntax error, read from the engine's message: V8 says "(line 3 column 5)" or only
 * "at position 42", Firefox "at line 3 column 5". Null when the message names no place.
 */
export function jsonSyntaxErrorLine(text: string, message: string): number | null {
  const byLine = /line (\d+) column \d+/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/.exec(message);
  if (byPosition) return text.slice(0, Number(byPosition[1])).split("\n").length;
  return null;
}
