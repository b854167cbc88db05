import type pg from "pg";
import { piiSubkey } from "./generate-people";

type Report = (table: string, rows: number, ms: number) => void;

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** One case for every 100 people on the register, registered by the station of the party's household. */
export const residentsPerCase = 100;

/** The party of case k: a registered person (n % 10 ≠ 0, see `isRegistered`). */
export const partyOf = (k: number) => residentsPerCase * k - 49;

/**
 * The query number of query person m, in Crockford base32 like a real one, and the same in SQL below. A
 * real number is random; these are derived so the HTTP benchmark can type the numbers the generator stored.
 */
export function benchQueryNumber(m: number): string {
  let k = BigInt(m) * 1_000_003n + 7_919n;
  let out = "";
  for (let i = 0; i < 12; i++) {
    out = crockford[Number(k % 32n)]! + out;
    k /= 32n;
  }
  return out;
}

/**
 * Cases with their query persons and progress nodes, in SQL. Query persons are the party of each case and,
 * for every other case, a family member, both with an account; their encrypted ID numbers and phones are
 * copied from the register and the accounts, and the query number's keyed hash is the app's
 * (`hashPii("token", "case-query:" + number)`), computed with pgcrypto's HMAC and the bench MAC key.
 */
export async function generateCases(client: pg.Client, params: { residents: number; piiKey: string; report: Report }) {
  const count = Math.floor(params.residents / residentsPerCase);
  const mac = piiSubkey(params.piiKey, "mac");
  await client.query(`create extension if not exists pgcrypto`);
  await client.query(`
    create or replace function bench_query_number(m bigint) returns text language sql immutable parallel safe as $$
      select string_agg(substr('${crockford}', (((m * 1000003 + 7919) >> (5 * i)) & 31)::int + 1, 1), '' order by i desc)
        from generate_series(0, 11) i $$`);
  const officer = await client.query<{ id: string }>(`select id from users where account = '410105001'`);
  const officerId = officer.rows[0]?.id;
  if (!officerId) throw new Error("the bench cases need the demo station officer 410105001");

  let started = performance.now();
  const inserted = await client.query(
    `insert into cases (id, case_number, type, title, handling_unit_id, officer_in_charge_id, created_by, created_at, updated_at)
     select bench_id('b0000009', k), 'BENCH' || lpad(k::text, 10, '0'),
            (case when k % 4 = 0 then 'criminal' else 'administrative' end)::case_type,
            (array['盗窃案', '诈骗案', '治安纠纷案', '交通肇事案', '故意伤害案'])[k % 5 + 1], h.org_unit_id, $2, $2, t.at, t.at
       from generate_series(1, $1::bigint) k
       join residents r on r.id = bench_id('b0000001', ${residentsPerCase} * k - 49)
       join households h on h.id = r.household_id
       cross join lateral (select now() - ((k % 365) || ' days')::interval as at) t`,
    [count, officerId],
  );
  params.report("cases", inserted.rowCount ?? 0, performance.now() - started);

  // Query person m: 2k − 1 is the party of case k, 2k its family member (even k only).
  started = performance.now();
  const persons = await client.query(
    `insert into case_query_persons (id, case_id, relation, family_relation, id_number_hash, id_number_enc, phone_hash, phone_enc,
                                     query_number_hash, query_number_issued_at, created_by, created_at)
     select bench_id('b000000a', p.m), c.id, p.relation::query_person_relation, p.family_relation,
            r.id_number_hash, r.id_number_enc, u.phone_hash, u.phone_enc,
            encode(hmac(convert_to('token:case-query:' || bench_query_number(p.m), 'UTF8'), $2::bytea, 'sha256'), 'hex'), c.created_at, $3, c.created_at
       from generate_series(1, $1::bigint) k
       join cases c on c.id = bench_id('b0000009', k)
       cross join lateral (values (2 * k - 1, 'party', null::text, ${residentsPerCase} * k - 49),
                                  (case when k % 2 = 0 then 2 * k end, 'family', '配偶', ${residentsPerCase} * k - 48)) p(m, relation, family_relation, n)
       join residents r on r.id = bench_id('b0000001', p.n)
       join users u on u.resident_id = r.id and u.id = bench_id('b0000002', p.n)
      where p.m is not null`,
    [count, mac, officerId],
  );
  params.report("case_query_persons", persons.rowCount ?? 0, performance.now() - started);

  // Every case was accepted; two in three were filed, and of those one in three is closed.
  started = performance.now();
  const nodes = await client.query(
    `insert into case_nodes (case_id, kind, occurred_on, remark, recorded_by, created_at)
     select c.id, n.kind::case_node_kind, (c.created_at + interval '1 day' * n.step)::date, n.remark, $2, c.created_at + interval '1 day' * n.step
       from generate_series(1, $1::bigint) k
       join cases c on c.id = bench_id('b0000009', k)
       cross join lateral (values (0, 'accepted', '已受理'), (case when k % 3 <> 0 then 3 end, 'filed', '已立案侦查'),
                                  (case when k % 9 = 1 then 30 end, 'closed', '已结案')) n(step, kind, remark)
      where n.step is not null`,
    [count, officerId],
  );
  params.report("case_nodes", nodes.rowCount ?? 0, performance.now() - started);
}
