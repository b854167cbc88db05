import type pg from "pg";
import { slotCount } from "./bench-ids";

/**
 * Resident population of the 18 cities in millions (2020 census), so generated people are spread as
 * Henan's are; each city's share is split evenly over its police stations.
 */
const cityPopulation: Record<string, number> = {
  "410100": 12.6,
  "410200": 4.82,
  "410300": 7.06,
  "410400": 4.99,
  "410500": 5.48,
  "410600": 1.57,
  "410700": 6.25,
  "410800": 3.52,
  "410900": 3.77,
  "411000": 4.38,
  "411100": 2.37,
  "411200": 2.03,
  "411300": 9.71,
  "411400": 7.82,
  "411500": 6.23,
  "411600": 9.03,
  "411700": 7.01,
  "419001": 0.73,
};

export type Slot = { orgUnitId: number; areaCode: string; cityCode: string; street: string };

type UnitRow = { id: number; code: string; level: string; path: string; name: string; address: string | null };

/** County-level bureaus given to a city the demo tree leaves without any, and stations in each. */
const benchCountiesPerCity = 8;
const benchStationsPerCounty = 6;

/**
 * The demo organisation tree has counties and stations in three cities only. A household must be kept by a
 * station for its people to apply online, so every other city gets bench counties (codes 4xxx21…, as real
 * county codes run) with stations, and the whole province can be served.
 */
async function addBenchStations(client: pg.Client) {
  await client.query(
    `with bare as (
       select c.* from org_units c
        where c.level = 'city' and not exists (select 1 from org_units x where x.parent_id = c.id)
     ), counties as (
       insert into org_units (code, name, name_en, level, parent_id, path)
       select left(b.code, 4) || (20 + i), replace(b.name, '市公安局', '') || '基准' || i || '县公安局',
              'Bench county ' || i || ', ' || b.name_en, 'county', b.id, b.path || left(b.code, 4) || (20 + i) || '/'
         from bare b cross join generate_series(1, $1::int) i
       returning id, code, name, path
     )
     insert into org_units (code, name, name_en, level, parent_id, path, address)
     select c.code || lpad(j::text, 2, '0'), '基准第' || j || '派出所', 'Bench police station ' || j, 'station', c.id,
            c.path || c.code || lpad(j::text, 2, '0') || '/', '河南省' || replace(c.name, '公安局', '') || '基准' || j || '路' || j || '号'
       from counties c cross join generate_series(1, $2::int) j`,
    [benchCountiesPerCity, benchStationsPerCounty],
  );
}

/** Builds `bench_slots` (slot → registering unit) and returns the same table for the Node side. */
export async function buildSlots(client: pg.Client): Promise<Slot[]> {
  await addBenchStations(client);
  const { rows } = await client.query<UnitRow>(
    `select id, code, level, path, name, address from org_units where level in ('city', 'station') order by code`,
  );
  const stationsOf = new Map<string, UnitRow[]>();
  for (const unit of rows.filter((r) => r.level === "station")) {
    const cityCode = unit.path.split("/")[2]!;
    stationsOf.set(cityCode, [...(stationsOf.get(cityCode) ?? []), unit]);
  }
  const targets: { weight: number; slot: Slot }[] = [];
  for (const city of rows.filter((r) => r.level === "city")) {
    const population = cityPopulation[city.code];
    if (population === undefined) throw new Error(`no population figure for city ${city.code}`);
    const stations = stationsOf.get(city.code) ?? [];
    if (stations.length === 0) throw new Error(`city ${city.code} has no police station`);
    for (const station of stations) {
      // 济源 is a county-level city under the province: its stations sit directly under the city bureau.
      const county = station.path.split("/")[3]!;
      targets.push({
        weight: population / stations.length,
        slot: {
          orgUnitId: station.id,
          areaCode: county.length === 6 ? county : city.code,
          cityCode: city.code,
          street: (station.address ?? `${station.name}路1号`).replace(/\d+号$/, ""),
        },
      });
    }
  }
  const total = targets.reduce((sum, t) => sum + t.weight, 0);
  const slots: Slot[] = [];
  let cumulative = 0;
  for (const target of targets) {
    cumulative += target.weight;
    const upTo = Math.round((cumulative / total) * slotCount);
    while (slots.length < upTo) slots.push(target.slot);
  }
  await client.query(`drop table if exists bench_slots`);
  await client.query(
    `create table bench_slots (slot int primary key, org_unit_id int not null, area_code text not null, city_code text not null, street text not null)`,
  );
  await client.query(
    `insert into bench_slots select i - 1, (s->>'orgUnitId')::int, s->>'areaCode', s->>'cityCode', s->>'street'
       from jsonb_array_elements($1::jsonb) with ordinality as t(s, i)`,
    [JSON.stringify(slots)],
  );
  return slots;
}
