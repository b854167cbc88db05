/** `date` (YYYY-MM-DD) the same month and day N years on; 29 February becomes 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate())).toISOString().slice(0, 10);
}
