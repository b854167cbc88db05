/** A part of the message catalogue: labels, or further parts keyed by the next segment of the code. */
export type ActionLabels = { [segment: string]: string | ActionLabels };

export type AuditActionGroup = { group: string; codes: string[] };

/**
 * The audit actions the console's filter offers, read off the labels in `audit.actions` and grouped by
 * their first segment ("exit_entry.endorsement_endorse" → exit_entry): an action gets into the filter
 * by getting a label, so the filter never offers a raw code and never misses a labelled action.
 */
export function auditActionCodes(labels: ActionLabels): AuditActionGroup[] {
  const codesUnder = (node: string | ActionLabels, prefix: string): string[] =>
    typeof node === "string"
      ? [prefix]
      : Object.entries(node).flatMap(([key, child]) => codesUnder(child, `${prefix}.${key}`));
  return Object.entries(labels).map(([group, node]) => ({ group, codes: codesUnder(node, group) }));
}

/**
 * The label of an action code: its own, or else its nearest labelled parent's with the rest of the code after it
 * ("query.own.HZ035" → "本人数据查询 · HZ035"), since actions like a query's carry the service code and no
 * catalogue could label each; the raw code when nothing above it is labelled.
 */
export function auditActionLabel(code: string, label: (key: string) => string | undefined): string {
  const segments = code.split(".");
  for (let n = segments.length; n > 0; n--) {
    const own = label(segments.slice(0, n).join("."));
    if (own !== undefined) return n === segments.length ? own : `${own} · ${segments.slice(n).join(".")}`;
  }
  return code;
}
