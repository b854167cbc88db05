import type pg from "pg";
import { violationCodes } from "@/server/traffic/violation-codes";

type Report = (table: string, rows: number, ms: number) => void;

/** Letters of the Henan city vehicle administrations (豫A 郑州 … 豫U 济源). */
const plateLetters: Record<string, string> = {
  "410100": "A",
  "410200": "B",
  "410300": "C",
  "410400": "D",
  "410500": "E",
  "410600": "F",
  "410700": "G",
  "410800": "H",
  "410900": "J",
  "411000": "K",
  "411100": "L",
  "411200": "M",
  "411300": "R",
  "411400": "N",
  "411500": "S",
  "411600": "P",
  "411700": "Q",
  "419001": "U",
};

async function timed(client: pg.Client, report: Report, table: string, sql: string, params: unknown[]) {
  const started = performance.now();
  const result = await client.query(sql, params);
  report(table, result.rowCount ?? 0, performance.now() - started);
}

/**
 * Exit-entry documents, vehicles, driving licences and violations, each one INSERT … SELECT over
 * generate_series so PostgreSQL does the work in bulk. Person n of the generator is resident
 * bench_id('b0000001', n); the shares below give ≈ 5 M documents at 11 M users, as in Henan.
 */
export async function generateRegisters(client: pg.Client, params: { residents: number; report: Report }) {
  const { residents, report } = params;
  await client.query(`
    -- Integer powers (numeric, then bigint): a double-precision power rounds and makes plates collide.
    create or replace function bench_serial(k bigint, len int) returns text language sql immutable parallel safe as $$
      select string_agg(substr('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', ((k / (34::numeric ^ i)::bigint) % 34)::int + 1, 1), '' order by i desc)
        from generate_series(0, len - 1) i $$`);
  await client.query(`drop table if exists bench_plate_letters`);
  await client.query(`create table bench_plate_letters (city_code text primary key, letter text not null)`);
  await client.query(`insert into bench_plate_letters select key, value from jsonb_each_text($1::jsonb)`, [
    JSON.stringify(plateLetters),
  ]);

  // 41 % of people hold a document; expiry spreads over two years past and ten ahead, so about 2 % of
  // documents fall due within any 90 days, and 1 % are cancelled.
  await timed(
    client,
    report,
    "travel_documents",
    `
    with demo as materialized (select type, document_number from travel_documents)
    insert into travel_documents (id, resident_id, type, document_number, issue_date, expiry_date, status, issuing_authority)
    select bench_id('b0000005', n), bench_id('b0000001', n), t.type::travel_document_type,
           t.letter || lpad(n::text, 8, '0'), e.expiry - interval '10 years', e.expiry,
           (case when n % 100 = 0 then 'cancelled' when e.expiry < current_date then 'expired' else 'valid' end)::travel_document_status,
           t.authority
      from generate_series(1, $1::bigint) n
      cross join lateral (select case when n % 20 = 7 then 'taiwan_permit' when n % 20 < 8 then 'hk_macau_permit' else 'passport' end as type) k
      cross join lateral (select k.type,
             case k.type when 'passport' then 'E' when 'hk_macau_permit' then 'C' else 'T' end as letter,
             case k.type when 'passport' then '国家移民管理局' else '公安部出入境管理局' end as authority) t
      cross join lateral (select (current_date - 730 + ((n * 7919) % 4380)::int) as expiry) e
     where (n * 37) % 100 < 41 and exists (select 1 from residents r where r.id = bench_id('b0000001', n))
       and not exists (select 1 from demo d where d.type::text = t.type and d.document_number = t.letter || lpad(n::text, 8, '0'))
    on conflict do nothing`,
    [residents],
  );

  // 30 % of people own a car registered in their city; three in four of them hold a licence, as do 20 % of the rest.
  await timed(
    client,
    report,
    "vehicles",
    `
    with demo as materialized (select plate_number from vehicles)
    insert into vehicles (id, plate_number, plate_type, vehicle_type, brand, colour, vin, owner_resident_id,
                          registered_at, inspection_due, status, org_unit_id)
    select bench_id('b0000004', n), '豫' || l.letter || bench_serial(n, 5), '02', '小型普通客车',
           (array['大众', '丰田', '本田', '比亚迪', '吉利', '长安', '日产', '别克'])[n % 8 + 1],
           (array['白', '黑', '银', '灰', '红', '蓝'])[n % 6 + 1],
           'LBV' || lpad(n::text, 14, '0'), r.id, current_date - (n % 3650)::int,
           current_date + (n % 730)::int, 'normal', c.id
      from generate_series(1, $1::bigint) n
      join residents r on r.id = bench_id('b0000001', n)
      join households h on h.id = r.household_id
      join org_units u on u.id = h.org_unit_id
      join bench_plate_letters l on l.city_code = split_part(u.path, '/', 3)
      join org_units c on c.code = l.city_code
     where n % 10 < 3 and not exists (select 1 from demo d where d.plate_number = '豫' || l.letter || bench_serial(n, 5))
    on conflict do nothing`,
    [residents],
  );

  await timed(
    client,
    report,
    "driving_licences",
    `
    insert into driving_licences (id, resident_id, archive_number, vehicle_classes, first_issued, valid_from, valid_until, points)
    select bench_id('b0000006', n), bench_id('b0000001', n), '41' || lpad(n::text, 10, '0'), 'C1',
           current_date - (n % 7300)::int, current_date - (n % 2190)::int, current_date - (n % 2190)::int + 3652, n % 7
      from generate_series(1, $1::bigint) n
     where (n % 10 < 3 and n % 4 <> 0 or n % 10 >= 3 and n % 5 = 0)
       and exists (select 1 from residents r where r.id = bench_id('b0000001', n))
    on conflict do nothing`,
    [residents],
  );

  await client.query(`drop table if exists bench_acts`);
  await client.query(
    `create table bench_acts (k int primary key, code text, description text, legal_basis text, fine_fen int, points int)`,
  );
  await client.query(
    `insert into bench_acts select i - 1, a->>'code', a->>'description', a->>'legalBasis', (a->>'fineFen')::int, (a->>'points')::int
       from jsonb_array_elements($1::jsonb) with ordinality t(a, i)`,
    [JSON.stringify(violationCodes)],
  );
  // Half the vehicles have one violation on record, two in three of those already paid; camera records
  // name no driver. They are recorded by the traffic unit of the vehicle's city.
  await timed(
    client,
    report,
    "traffic_violations",
    `
    insert into traffic_violations (id, vehicle_id, plate_number, plate_type, occurred_at, place, org_unit_id, org_path,
                                    act_code, act_description, legal_basis, fine_fen, points, status, paid_at)
    select bench_id('b0000007', n), v.id, v.plate_number, v.plate_type, o.at, '城区主干道' || (n % 300 + 1) || '号路口',
           c.id, c.path, a.code, a.description, a.legal_basis, a.fine_fen, a.points,
           (case when n % 3 = 0 then 'unpaid' else 'paid' end)::violation_status,
           case when n % 3 = 0 then null else o.at + interval '5 days' end
      from generate_series(1, $1::bigint) n
      join vehicles v on v.id = bench_id('b0000004', n)
      join org_units c on c.id = v.org_unit_id
      join bench_acts a on a.k = n % (select count(*) from bench_acts)
      cross join lateral (select now() - ((n % 700) || ' days')::interval - ((n % 86400) || ' seconds')::interval as at) o
     where n % 10 < 3 and n % 2 = 0
    on conflict do nothing`,
    [residents],
  );
}
