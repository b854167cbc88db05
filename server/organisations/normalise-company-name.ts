/**
 * Company names as the register compares them: licences print full-width brackets and people type either
 * kind, with stray spaces, so NFKC folds widths and the brackets are compared in their full-width form.
 */
export function normaliseCompanyName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}
