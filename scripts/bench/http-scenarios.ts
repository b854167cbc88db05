import sharp from "sharp";
import type pg from "pg";
import { getDb } from "@/db/client";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import { decryptPii } from "@/server/crypto/pii";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { saveApplicationDraft } from "@/server/applications/save-application-draft";
import { startApplication } from "@/server/applications/start-application";
import { benchId } from "./bench-ids";
import { benchQueryNumber, partyOf } from "./generate-cases";
import type { Load } from "./load";
import { sessionCookie } from "./session-cookie";

export type Scenario = {
  name: string;
  /**
   * Which target applies: the read target (share of the floor's throughput and p99), the submit target, the
   * case query's designed minimum duration, or none.
   */
  target: "read" | "submit" | "padded" | "page" | "floor";
  load: Load;
  /** Runs just before the load: for inputs that expire within minutes, such as SMS codes. */
  prepare?: () => Promise<void>;
};

const trpcInput = (input: unknown) => encodeURIComponent(JSON.stringify({ json: input }));

function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** An address from 10.0.0.0/8 per request: the per-IP limits then see many visitors, as in production behind a proxy. */
function visitorIps(): () => string {
  let n = 0;
  return () => {
    n++;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
}

async function citizenCookies(count: number): Promise<string[]> {
  // Person 20j + 1 is registered and has no generated application, so the submit drafts can be theirs.
  return Promise.all(Array.from({ length: count }, (_, j) => sessionCookie(benchId("users", 20 * j + 1))));
}

type Draft = { id: string; version: number; cookie: string };

/**
 * The answers a bench draft carries, by service (`BENCH_SUBMIT_SERVICE`): HZ024 (reviewed by the station) by
 * default; JJ025 (驾驶证期满换证) is decided automatically inside the submit, so its latency is the decision's.
 */
const submitForms: Record<string, Record<string, unknown>> = {
  HZ024: { renewalReason: "damaged" },
  // The rule reads the licence from the register; the form's copy of it is what the applicant typed.
  JJ025: { archiveNumber: "410100000001", vehicleClass: "C1", validUntil: "2027-01-15", contactPhone: "13800138000" },
};

/**
 * Drafts ready to submit, made through the same services the citizen's browser calls (start, save the
 * form, upload each required material), one per bench citizen: a submit is then exactly the citizen's
 * last click, with every check it makes.
 */
async function submitDrafts(count: number, serviceCode: string, formData: Record<string, unknown>) {
  const db = await getDb();
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#d9d9d9" } })
    .png()
    .toBuffer();
  const [{ materials }] = (await db.query.services.findMany({ where: (s, { eq }) => eq(s.code, serviceCode) })).map(
    (s) => ({
      materials: s.guide.materials.filter((m) => m.required).map((m) => m.key),
    }),
  ) as [{ materials: string[] }];
  const drafts: Draft[] = [];
  for (let j = 0; j < count; j++) {
    const userId = benchId("users", 20 * j + 1);
    const { id } = await startApplication(db, { userId, serviceCode });
    await saveApplicationDraft(db, { userId, applicationId: id, formData });
    for (const materialKey of materials) {
      await attachApplicationMaterial(db, {
        userId,
        applicationId: id,
        materialKey,
        fileName: `${materialKey}.png`,
        contentType: "image/png",
        bytes: png,
      });
    }
    const [row] = await db.query.applications.findMany({
      where: (a, { eq }) => eq(a.id, id),
      columns: { version: true },
    });
    drafts.push({ id, version: row!.version, cookie: await sessionCookie(userId) });
  }
  return drafts;
}

type CaseQuery = { cookie: string; body: string };

/**
 * Case queries by the parties of generated cases, each signed in as themselves with the query number from
 * the generator and an SMS code issued just before the run (codes live 5 minutes). One query per person
 * and visitor address, so every one is inside the per-account, per-number and per-IP limits and must succeed.
 */
async function caseQueries(client: pg.Client, count: number): Promise<CaseQuery[]> {
  const db = await getDb();
  const queries: CaseQuery[] = [];
  for (let k = 1; k <= count; k++) {
    const userId = benchId("users", partyOf(k));
    const person = await client.query<{ phone_enc: string; id_number_enc: string }>(
      `select u.phone_enc, r.id_number_enc from users u join residents r on r.id = u.resident_id where u.id = $1`,
      [userId],
    );
    const row = person.rows[0];
    if (!row) throw new Error(`bench case ${k} has no party: seed again with a newer generator`);
    const phone = decryptPii(row.phone_enc);
    const { codeId } = await issueSmsCode(db, { purpose: "case_query", phone, ip: null, now: new Date() });
    const sms = await client.query<{ code: string }>(
      `select params->>'code' as code from sms_messages where idempotency_key = $1`,
      [`case_query_code:${codeId}`],
    );
    const input = {
      queryNumber: benchQueryNumber(2 * k - 1),
      idNumber: decryptPii(row.id_number_enc),
      phone,
      code: sms.rows[0]!.code,
    };
    queries.push({ cookie: await sessionCookie(userId), body: JSON.stringify({ json: input }) });
  }
  return queries;
}

/**
 * For JJ025: each submitting citizen holds a licence due for renewal in 30 days, so the rule has something to
 * grant; unpaid fines and age still refer some of them to the desk, as they would for real applicants.
 */
async function licencesDueForRenewal(client: pg.Client, count: number) {
  const userIds = Array.from({ length: count }, (_, j) => benchId("users", 20 * j + 1));
  await client.query(
    `insert into driving_licences (resident_id, archive_number, vehicle_classes, first_issued, valid_from, valid_until)
     select u.resident_id, '9' || lpad(row_number() over (order by u.id)::text, 11, '0'), 'C1',
            current_date - 3650, current_date - 2160, current_date + 30
       from users u where u.id = any($1::uuid[]) and u.resident_id is not null
     on conflict (resident_id) do update set valid_until = excluded.valid_until, status = 'valid'`,
    [userIds],
  );
}

export type PageTarget = { name: string; path: string; cookie?: string };

export async function buildScenarios(
  client: pg.Client,
  p: { submits: number; caseQueries: number },
): Promise<{ scenarios: Scenario[]; pages: () => PageTarget[] }> {
  const cookies = rotate(await citizenCookies(2000));
  const officer = await client.query<{ id: string }>(`select id from users where account = '410105001'`);
  const officerCookie = await sessionCookie(officer.rows[0]!.id);
  const vehicles = await client.query<{ plate_number: string; plate_type: string; vin: string }>(
    `select plate_number, plate_type, vin from vehicles where id >= $1 order by id limit 20000`,
    [benchId("vehicles", 0)],
  );
  const vehicle = rotate(vehicles.rows);
  const ip = visitorIps();
  let queries: () => CaseQuery = () => {
    throw new Error("case queries not prepared");
  };
  const submitService = process.env.BENCH_SUBMIT_SERVICE ?? "HZ024";
  let draftList: Draft[] = [];
  let formDraft: Draft | undefined;
  let submittedCount = 0;
  const drafts = () => draftList[submittedCount++ % draftList.length]!;
  // The form is measured on a draft the submit run left alone, the timeline on one it submitted.
  const pages = (): PageTarget[] => {
    const submitted = draftList[0];
    if (!formDraft || !submitted) throw new Error("the citizen pages are measured after the submit run");
    return [
      { name: "blank page (floor)", path: "/bench-blank" },
      { name: "home (signed in)", path: "/", cookie: formDraft.cookie },
      { name: "catalogue", path: "/services" },
      { name: "service guide", path: "/services/HZ001" },
      { name: "application form", path: `/me/applications/${formDraft.id}/edit`, cookie: formDraft.cookie },
      { name: "application timeline", path: `/me/applications/${submitted.id}`, cookie: submitted.cookie },
    ];
  };

  const scenarios: Scenario[] = [
    { name: "floor: bare route handler (/api/livez)", target: "floor", load: { path: "/api/livez" } },
    {
      name: "public catalogue: a category's services (catalog.search)",
      target: "read",
      load: { path: `/api/trpc/catalog.search?input=${trpcInput({ category: "household" })}` },
    },
    { name: "service guide page (/services/HZ001)", target: "page", load: { path: "/services/HZ001" } },
    {
      name: "personalised home (/, signed in)",
      target: "page",
      load: { path: "/", next: () => ({ headers: { cookie: cookies() } }) },
    },
    {
      name: "officer queue, first page filtered (applicationDesk.queue)",
      target: "read",
      load: {
        path: `/api/trpc/applicationDesk.queue?input=${trpcInput({ state: "station_review", serviceCode: "HZ001", sort: "oldest", page: 1 })}`,
        headers: { cookie: officerCookie },
      },
    },
    {
      name: "violation lookup (traffic.lookup)",
      target: "read",
      load: {
        method: "POST",
        path: "/api/trpc/traffic.lookup",
        next: () => {
          const v = vehicle();
          return {
            headers: { "x-forwarded-for": ip() },
            body: JSON.stringify({
              json: { plateNumber: v.plate_number, plateType: v.plate_type, vinTail: v.vin.slice(-6) },
            }),
          };
        },
      },
    },
    {
      name: "case query (cases.query, padded to ≥ 800 ms by design)",
      target: "padded",
      prepare: async () => {
        queries = rotate(await caseQueries(client, p.caseQueries));
      },
      load: {
        method: "POST",
        path: "/api/trpc/cases.query",
        // Each SMS code can be used once.
        amount: p.caseQueries,
        next: () => {
          const q = queries();
          return { headers: { cookie: q.cookie, "x-forwarded-for": ip() }, body: q.body };
        },
      },
    },
    {
      name: `application submit (applications.submit, ${submitService})`,
      target: "submit",
      prepare: async () => {
        if (submitService === "JJ025") await licencesDueForRenewal(client, p.submits + 1);
        draftList = await submitDrafts(p.submits + 1, submitService, submitForms[submitService] ?? {});
        formDraft = draftList.pop();
      },
      load: {
        method: "POST",
        path: "/api/trpc/applications.submit",
        // Each draft can be submitted once: the run ends when all are.
        amount: p.submits,
        next: () => {
          const d = drafts();
          return {
            headers: { cookie: d.cookie },
            body: JSON.stringify({ json: { id: d.id, expectedVersion: d.version } }),
          };
        },
      },
    },
  ];
  return { scenarios, pages };
}
