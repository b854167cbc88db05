import { createCipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import type pg from "pg";
import { privacyNotice } from "@/server/accounts/privacy-notice";
import { hashPassword } from "@/server/accounts/password";
import { makeIdNumber } from "@/server/population/id-number";
import { benchId, householdOf, isRegistered, slotOf, slotOfSql } from "./bench-ids";
import type { Slot } from "./bench-slots";
import { copyRows, csv } from "./copy-rows";

const surnames = "王李张刘陈杨赵郭孙周马胡朱高吴宋徐董黄何许韩冯程曹袁邓田任范魏崔贾杜牛耿".split("");
const given = {
  M: ["建国", "国强", "志刚", "伟", "磊", "军", "勇", "涛", "斌", "鹏", "超", "强", "浩然", "子轩", "宇航", "俊杰"],
  F: ["秀英", "桂兰", "玉梅", "丽", "静", "敏", "燕", "娟", "霞", "芳", "娜", "婷婷", "子涵", "欣怡", "梓涵", "一诺"],
};
const relations = ["户主", "配偶", "子女"];

/** Birth dates run over 80 years (1945–2024) by the person's number, which with the sequence keeps IDs unique up to 29.2 M people. */
const birthDays = 29_200;
const firstBirth = Date.UTC(1945, 0, 1);

export type Person = { n: number; idNumber: string; name: string; sex: "M" | "F"; birthDate: string; phone: string };

export function personOf(n: number, slots: readonly Slot[]): Person {
  const household = householdOf(n);
  const slot = slots[slotOf(household)]!;
  const birthDate = new Date(firstBirth + (n % birthDays) * 86_400_000).toISOString().slice(0, 10);
  const sequence = Math.floor(n / birthDays) % 1000;
  const sex = sequence % 2 === 1 ? "M" : "F";
  const names = given[sex];
  return {
    n,
    idNumber: makeIdNumber(slot.areaCode, birthDate, sequence),
    name: surnames[household % surnames.length]! + names[(n * 7) % names.length]!,
    sex,
    birthDate,
    phone: `199${String(n).padStart(8, "0")}`,
  };
}

/** The app's two keys derived from PII_KEY (server/crypto/pii.ts); the MAC key also hashes in SQL (generate-cases). */
export function piiSubkey(piiKey: string, use: "enc" | "mac"): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(piiKey, "base64"), Buffer.alloc(0), `jingmin pii ${use} v1`, 32));
}

/** The app's PII scheme (server/crypto/pii.ts), with IVs drawn from a pool: the generator encrypts tens of millions of values. */
function piiCodec(piiKey: string) {
  const enc = piiSubkey(piiKey, "enc");
  const mac = piiSubkey(piiKey, "mac");
  let pool = randomBytes(0);
  let offset = 0;
  const iv = () => {
    if (offset + 12 > pool.length) {
      pool = randomBytes(12 * 8192);
      offset = 0;
    }
    offset += 12;
    return pool.subarray(offset - 12, offset);
  };
  return {
    encrypt(plain: string) {
      const nonce = iv();
      const cipher = createCipheriv("aes-256-gcm", enc, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1.${nonce.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
    },
    hash(kind: "id" | "phone", value: string) {
      return createHmac("sha256", mac).update(`${kind}:${value.trim().toUpperCase()}`).digest("hex");
    },
  };
}

export const benchPassword = "Bench@2026";

/**
 * Households in SQL, then residents and registered users as CSV through COPY: their ID numbers and
 * phones must be AES-GCM ciphertext the app can read, which PostgreSQL's pgcrypto cannot produce.
 */
export async function generatePeople(
  client: pg.Client,
  url: string,
  params: {
    residents: number;
    slots: readonly Slot[];
    piiKey: string;
    report: (table: string, rows: number, ms: number) => void;
  },
) {
  const { residents, slots, report } = params;
  const households = householdOf(residents);
  let started = performance.now();
  await client.query(
    `insert into households (id, household_number, type, address, org_unit_id)
     select bench_id('b0000003', h), 'B' || lpad(h::text, 15, '0'), 'family',
            s.street || (h % 199 + 1) || '号院' || (h % 12 + 1) || '号楼' || (h % 18 + 1) || '0' || (h % 4 + 1) || '室',
            s.org_unit_id
       from generate_series(1, $1::bigint) h join bench_slots s on s.slot = ${slotOfSql("h")}`,
    [households],
  );
  report("households", households, performance.now() - started);

  const codec = piiCodec(params.piiKey);
  const existing = await client.query<{ id_number_hash: string }>(`select id_number_hash from residents`);
  const taken = new Set(existing.rows.map((r) => r.id_number_hash));
  const skipped = new Set<number>();

  started = performance.now();
  await copyRows(
    url,
    "residents",
    ["id", "id_number_enc", "id_number_hash", "name", "sex", "birth_date", "household_id", "relation_to_head"],
    (function* () {
      for (let n = 1; n <= residents; n++) {
        const p = personOf(n, slots);
        const hash = codec.hash("id", p.idNumber);
        // The demo population was seeded with hand-picked numbers; never collide with one of them.
        if (taken.has(hash)) {
          skipped.add(n);
          continue;
        }
        yield [
          benchId("residents", n),
          codec.encrypt(p.idNumber),
          hash,
          p.name,
          p.sex,
          p.birthDate,
          benchId("households", householdOf(n)),
          relations[(n - 1) % 3]!,
        ]
          .map(csv)
          .join(",");
      }
    })(),
  );
  report("residents", residents - skipped.size, performance.now() - started);

  // Every bench citizen shares one Argon2 hash: hashing 11 M passwords would take days and test nothing.
  const passwordHash = await hashPassword(benchPassword);
  const consentedAt = new Date().toISOString();
  let users = 0;
  started = performance.now();
  await copyRows(
    url,
    "users",
    [
      "id",
      "roles",
      "name",
      "phone_hash",
      "phone_enc",
      "id_number_hash",
      "id_number_enc",
      "verification",
      "resident_id",
      "password_hash",
      "consent_version",
      "consented_at",
    ],
    (function* () {
      for (let n = 1; n <= residents; n++) {
        if (!isRegistered(n) || skipped.has(n)) continue;
        const p = personOf(n, slots);
        users++;
        yield [
          benchId("users", n),
          "{citizen}",
          p.name,
          codec.hash("phone", p.phone),
          codec.encrypt(p.phone),
          codec.hash("id", p.idNumber),
          codec.encrypt(p.idNumber),
          "verified",
          benchId("residents", n),
          passwordHash,
          privacyNotice.version,
          consentedAt,
        ]
          .map(csv)
          .join(",");
      }
    })(),
  );
  report("users", users, performance.now() - started);
  return { households, skipped };
}
