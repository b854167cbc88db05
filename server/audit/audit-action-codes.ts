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
