import type pg from "pg";

type Report = (table: string, rows: number, ms: number) => void;

/** Of every 100 applications, how many are in each state: most are done, a working day's worth wait in queues. */
const stateShares: [state: string, share: number][] = [
  ["completed", 38],
  ["station_review", 12],
  ["needs_supplement", 5],
  ["county_review", 8],
  ["approved", 10],
  ["rejected", 5],
  ["withdrawn", 5],
  ["voided", 2],
  ["expired", 5],
  ["draft", 10],
];

/** The timeline each state implies, in the engine's own actions (server/household/application-transitions.ts). */
const paths: Record<string, [action: string, from: string, to: string, role: string][]> = {
  draft: [],
  station_review: [],
  needs_supplement: [["request_supplement", "station_review", "needs_supplement", "station_officer"]],
  county_review: [["forward", "station_review", "county_review", "station_officer"]],
  approved: [
    ["forward", "station_review", "county_review", "station_officer"],
    ["approve", "county_review", "approved", "county_approver"],
  ],
  completed: [
    ["forward", "station_review", "county_review", "station_officer"],
    ["approve", "county_review", "approved", "county_approver"],
    ["complete", "approved", "completed", "window_officer"],
  ],
  rejected: [["reject", "station_review", "rejected", "station_officer"]],
  withdrawn: [["withdraw", "station_review", "withdrawn", "applicant"]],
  voided: [
    ["forward", "station_review", "county_review", "station_officer"],
    ["approve", "county_review", "approved", "county_approver"],
    ["void", "approved", "voided", "window_officer"],
  ],
  expired: [
    ["forward", "station_review", "county_review", "station_officer"],
    ["approve", "county_review", "approved", "county_approver"],
    ["expire", "approved", "expired", "system"],
  ],
};

/**
 * Household applications of the 29 station → county services, one for every 20 registered users, spread
 * over the last 180 days, each with the timeline its state implies. Applicant k is user 20k − 3, whose
 * household's station handles it.
 */
export async function generateApplications(client: pg.Client, params: { residents: number; report: Report }) {
  const count = Math.floor(params.residents / 20);
  await client.query(`drop table if exists bench_states`);
  await client.query(`create table bench_states (slot int primary key, state application_state not null)`);
  const states = stateShares.flatMap(([state, share]) => Array.from({ length: share }, () => state));
  await client.query(
    `insert into bench_states select i - 1, s::application_state from unnest($1::text[]) with ordinality t(s, i)`,
    [states],
  );
  await client.query(`drop table if exists bench_services`);
  await client.query(`
    create table bench_services as
    select row_number() over (order by code) - 1 as slot, id from services where code like 'HZ%' and mode = 'station_county'`);

  let started = performance.now();
  const inserted = await client.query(
    `insert into applications (id, number, service_id, applicant_id, applicant_id_hash, state, version, station_id, station_path,
                               submitted_at, state_since, due_at, window_deadline, created_at)
     select bench_id('b0000008', k),
            case when s.state = 'draft' then null else 'HB' || to_char(t.submitted, 'YYYYMMDD') || lpad(k::text, 8, '0') end,
            sv.id, u.id, u.id_number_hash, s.state, 1 + k % 4, h.org_unit_id, o.path,
            case when s.state = 'draft' then null else t.submitted end,
            t.submitted + interval '2 days' * (k % 3),
            case when s.state in ('station_review', 'needs_supplement', 'county_review') then t.submitted + interval '7 days' end,
            case when s.state = 'approved' then (t.submitted + interval '4 days')::date + 60 end,
            t.submitted
       from generate_series(1, $1::bigint) k
       join bench_states s on s.slot = k % 100
       join bench_services sv on sv.slot = k % (select count(*) from bench_services)
       join users u on u.id = bench_id('b0000002', 20 * k - 3)
       join residents r on r.id = u.resident_id
       join households h on h.id = r.household_id
       join org_units o on o.id = h.org_unit_id
       cross join lateral (select now() - ((k % 180) || ' days')::interval - ((k * 7 % 86400) || ' seconds')::interval as submitted) t
     on conflict do nothing`,
    [count],
  );
  params.report("applications", inserted.rowCount ?? 0, performance.now() - started);

  await client.query(`drop table if exists bench_paths`);
  await client.query(
    `create table bench_paths (state application_state, step int, action text, from_state application_state, to_state application_state, role text)`,
  );
  const steps = Object.entries(paths).flatMap(([state, path]) => [
    ...(state === "draft"
      ? []
      : [
          [state, 0, "submit", "draft", "submitted", "applicant"],
          [state, 1, "route_to_station", "submitted", "station_review", "system"],
        ]),
    ...path.map(([action, from, to, role], i) => [state, i + 2, action, from, to, role]),
  ]);
  await client.query(
    `insert into bench_paths select (s->>0)::application_state, (s->>1)::int, s->>2, (s->>3)::application_state, (s->>4)::application_state, s->>5
       from jsonb_array_elements($1::jsonb) s`,
    [JSON.stringify(steps)],
  );
  started = performance.now();
  const events = await client.query(`
    insert into application_events (application_id, action, from_state, to_state, actor_role, at)
    select a.id, p.action, p.from_state, p.to_state, p.role, a.submitted_at + interval '1 day' * p.step
      from applications a join bench_paths p on p.state = a.state
     where a.id >= bench_id('b0000008', 0) and a.id <= bench_id('b0000008', 281474976710655)`);
  params.report("application_events", events.rowCount ?? 0, performance.now() - started);
}
