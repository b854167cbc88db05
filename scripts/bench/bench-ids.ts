/**
 * Generated rows get ids computed from their sequence number, so SQL can link tables without lookups:
 * row n of a table is `<prefix>-0000-4000-8000-<n in hex>`, a valid version-4 layout that zod accepts.
 */
export const idPrefix = {
  residents: "b0000001",
  users: "b0000002",
  households: "b0000003",
  vehicles: "b0000004",
  travelDocuments: "b0000005",
  drivingLicences: "b0000006",
  violations: "b0000007",
  applications: "b0000008",
  cases: "b0000009",
  caseQueryPersons: "b000000a",
} as const;

export function benchId(prefix: keyof typeof idPrefix, n: number): string {
  return `${idPrefix[prefix]}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** The same in SQL: `bench_id('b0000001', n)`. */
export const benchIdFunction = `
create or replace function bench_id(prefix text, n bigint) returns uuid
language sql immutable parallel safe as
$$ select (prefix || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`;

/** Residents per registered user: one in ten people on the register has no account. */
export function residentsFor(users: number): number {
  return Math.ceil((users * 10) / 9);
}

export function isRegistered(n: number): boolean {
  return n % 10 !== 0;
}

/** Three people to a household: the head, a spouse, a child. */
export function householdOf(n: number): number {
  return Math.floor((n - 1) / 3) + 1;
}

export const slotCount = 10_000;

/** Spreads households over the slots (and so over the cities by population); 40503 is prime to 10 000. */
export function slotOf(household: number): number {
  return (household * 40503) % slotCount;
}
export const slotOfSql = (household: string) => `((${household})::bigint * 40503) % ${slotCount}`;
