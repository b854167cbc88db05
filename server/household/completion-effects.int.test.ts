import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { households, orgUnits, residents, users } from "@/db/schema";
import { demoResidents, population, type SeedHousehold, type SeedResident } from "@/server/seed/population";
import { maskName } from "@/server/crypto/mask";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { validateIdNumber } from "@/server/population/id-number";
import { createTestDb } from "@/test/db";
import { checkRegisterReferences } from "./check-register-references";
import { applyCompletionEffects, type CompletionDocument } from "./completion-effects";
import { householdForms } from "./household-forms";
import { resolveStation } from "@/server/applications/resolve-station";
import { validateFormData } from "@/server/applications/validate-form-data";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

const { citizen: zhang, unregistered: li, daughter, mother } = demoResidents;
const person = (r: { idNumber: string; name: string }) => ({ idNumber: r.idNumber, name: r.name });
const fullIdNumber = /\d{17}[\dX]/;

/** Households of the sample register, each used by one test only. */
const taken = new Set<string>(["410105010001"]);
function household(pred: (h: SeedHousehold) => boolean): SeedHousehold {
  const found = population.find((x) => !taken.has(x.householdNumber) && pred(x));
  if (!found) throw new Error("no sample household fits");
  taken.add(found.householdNumber);
  return found;
}
const memberOf = (h: SeedHousehold, relation: string) => h.members.find((m) => m.relationToHead === relation);

async function record(idNumber: string) {
  const [row] = await db
    .select({
      id: residents.id,
      name: residents.name,
      sex: residents.sex,
      birthDate: residents.birthDate,
      status: residents.status,
      relationToHead: residents.relationToHead,
      formerNames: residents.formerNames,
      householdId: residents.householdId,
      householdNumber: households.householdNumber,
      address: households.address,
      stationCode: orgUnits.code,
    })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.idNumberHash, hashPii("id", idNumber)));
  return row;
}

async function membersOf(householdId: string) {
  const rows = await db
    .select({
      name: residents.name,
      relationToHead: residents.relationToHead,
      idNumberEnc: residents.idNumberEnc,
      status: residents.status,
    })
    .from(residents)
    .where(and(eq(residents.householdId, householdId), eq(residents.status, "active")));
  return rows.map(({ idNumberEnc, ...r }) => ({ ...r, idNumber: decryptPii(idNumberEnc) }));
}

async function unitId(code: string) {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  return row!.id;
}

/** What the engine does from submission to the window: validate, check the register, route, complete. */
async function complete(
  serviceCode: string,
  answers: Record<string, unknown>,
  applicant?: SeedResident | { idNumber: string },
) {
  const schema = householdForms[serviceCode]!;
  const { values, fieldErrors } = validateFormData(schema, answers, "submit");
  expect(fieldErrors).toEqual({});
  const applicantResidentId = applicant ? ((await record(applicant.idNumber))?.id ?? null) : null;
  const refs = await checkRegisterReferences(db, schema, values, { applicantResidentId });
  expect(refs.fieldErrors).toEqual({});
  const stationId = await resolveStation(db, { schema, values, applicantResidentId, residents: refs.residents });
  const doc = await db.transaction((tx) =>
    applyCompletionEffects(tx, {
      serviceCode,
      values,
      applicantResidentId,
      residents: refs.residents,
      stationId,
      applicationNumber: "HN20261127000042",
    }),
  );
  expectPrintable(doc);
  return doc;
}

/** Facts are printed and shown on the public verify page: few, short, and never a full ID number. */
function expectPrintable(doc: CompletionDocument) {
  expect(doc.facts.length).toBeLessThanOrEqual(12);
  for (const f of doc.facts) {
    expect(f.value, f.label).not.toMatch(fullIdNumber);
    expect(f.value.length, f.label).toBeLessThanOrEqual(200);
    expect(f.label && f.labelEn && f.value, f.label).toBeTruthy();
  }
  expect(doc.facts.find((f) => f.label === "受理编号")?.value).toBe("HN20261127000042");
}

const factOf = (doc: CompletionDocument, label: string) => doc.facts.find((f) => f.label === label)?.value;

describe("applyCompletionEffects", () => {
  it("出生登记 adds the newborn to the father's household with a valid, new ID number", async () => {
    const home = await record(zhang.idNumber);
    const doc = await complete("HZ001", {
      childName: "张小满",
      childSex: "M",
      birthDate: "2025-10-08",
      birthPlace: "河南省郑州市金水区",
      birthCertificateNumber: "R410012345",
      ethnicityFrom: "father",
      father: person(zhang),
      mother: person(li),
      joinParent: "father",
    });
    const child = (await membersOf(home!.householdId)).find((m) => m.name === "张小满");
    expect(child).toMatchObject({ relationToHead: "子", status: "active" });
    expect(validateIdNumber(child!.idNumber)).toEqual({
      ok: true,
      regionCode: "410105",
      birthDate: "2025-10-08",
      sex: "M",
    });
    expect(doc).toMatchObject({ documentKind: "household_register_page", holderName: "张小满" });
    expect(factOf(doc, "户号")).toBe("410105010001");
    expect(factOf(doc, "公民身份号码")).toBe(`410105********${child!.idNumber.slice(-4)}`);
    expect(factOf(doc, "与户主关系")).toBe("子");
  });

  it("出生登记 through the mother who is the head's spouse makes the baby the head's child too", async () => {
    await complete("HZ001", {
      childName: "张小雪",
      childSex: "F",
      birthDate: "2025-10-08",
      birthPlace: "河南省郑州市金水区",
      birthCertificateNumber: "R410012346",
      ethnicityFrom: "mother",
      father: person(zhang),
      mother: person(li),
      joinParent: "mother",
    });
    const twin = await db
      .select({ idNumberEnc: residents.idNumberEnc, relation: residents.relationToHead })
      .from(residents)
      .where(eq(residents.name, "张小雪"));
    expect(twin).toHaveLength(1);
    expect(twin[0]!.relation).toBe("女");
    const brother = await db
      .select({ idNumberEnc: residents.idNumberEnc })
      .from(residents)
      .where(eq(residents.name, "张小满"));
    expect(decryptPii(twin[0]!.idNumberEnc)).not.toBe(decryptPii(brother[0]!.idNumberEnc));
  });

  it("购房入户 moves the buyer and family to a new household at the new address under the chosen station", async () => {
    const family = household((x) =>
      Boolean(
        memberOf(x, "户主") &&
        memberOf(x, "配偶") &&
        x.members.some((m) => m.relationToHead === "子" || m.relationToHead === "女"),
      ),
    );
    const head = memberOf(family, "户主")!;
    const spouse = memberOf(family, "配偶")!;
    const child = family.members.find((m) => m.relationToHead === "子" || m.relationToHead === "女")!;
    const address = "河南省郑州市金水区文化路76号院1号楼1单元101室";
    const doc = await complete(
      "HZ003",
      {
        targetStation: await unitId("41010503"),
        newAddress: address,
        propertyCertificateNumber: "豫(2025)郑州市不动产权第0123456号",
        propertyOwner: "joint",
        spouse: person(spouse),
        child: person(child),
      },
      head,
    );
    const moved = await record(head.idNumber);
    expect(moved).toMatchObject({ address, stationCode: "41010503", relationToHead: "户主" });
    expect(moved!.householdNumber).toMatch(/^41010503\d{4}$/);
    expect(moved!.householdNumber).not.toBe(family.householdNumber);
    expect((await membersOf(moved!.householdId)).map((m) => [m.name, m.relationToHead]).sort()).toEqual(
      [
        [head.name, "户主"],
        [spouse.name, "配偶"],
        [child.name, child.relationToHead],
      ].sort(),
    );
    expect(factOf(doc, "住址")).toBe(address);
    expect(factOf(doc, "户号")).toBe(moved!.householdNumber);
    const stayed = family.members.filter((m) => ![head, spouse, child].includes(m));
    if (stayed.length) expect(factOf(doc, "备注")).toContain("户主变更");

    const buyer = household((x) => x.members.length === 1);
    await complete(
      "HZ003",
      {
        targetStation: await unitId("41010503"),
        newAddress: address,
        propertyCertificateNumber: "豫(2025)郑州市不动产权第0123457号",
        propertyOwner: "joint",
      },
      buyer.members[0],
    );
    const joined = await record(buyer.members[0]!.idNumber);
    expect(joined).toMatchObject({ householdId: moved!.householdId, relationToHead: "其他" });
  });

  it("门牌号更正 rewrites only the house number of the household's address", async () => {
    const before = await record(zhang.idNumber);
    const doc = await complete(
      "HZ019",
      { item: "address_detail", newValue: "18号院3号楼2单元502室", reason: "门牌整顿" },
      zhang,
    );
    const after = await record(zhang.idNumber);
    expect(before!.address).toMatch(/501室$/);
    expect(after!.address).toBe(before!.address.replace(/501室$/, "502室"));
    expect(factOf(doc, "更正前住址")).toBe(before!.address);
    expect(factOf(doc, "住址")).toBe(after!.address);

    await expect(
      complete("HZ019", { item: "address_detail", newValue: "文化路1号院", reason: "搬家" }, zhang),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { newValue: "form.addressDetail" } });
    expect((await record(zhang.idNumber))!.address).toBe(after!.address);
  });

  it("变更文化程度 writes the register item of the person named", async () => {
    const doc = await complete(
      "HZ019",
      { item: "education", subject: person(li), newEducation: "bachelor", reason: "取得本科学历" },
      zhang,
    );
    const [row] = await db
      .select({ education: residents.education })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", li.idNumber)));
    expect(row?.education).toBe("大学本科");
    expect(factOf(doc, "变更后文化程度")).toBe("大学本科");
    expect(factOf(doc, "变更前文化程度")).toBe("未登记");
  });

  it("姓名变更 renames the person and keeps the old name as a former name", async () => {
    await complete(
      "HZ015",
      { subject: person(daughter), newName: "张雨桐", nameChangeReason: "rare_character", reason: "原名用字无法录入" },
      zhang,
    );
    expect(await record(daughter.idNumber)).toMatchObject({ name: "张雨桐", formerNames: ["张雨涵"] });
    const schema = householdForms.HZ029!;
    const old = await checkRegisterReferences(db, schema, { subject: person(daughter) });
    expect(old.fieldErrors).toEqual({ subject: "form.residentMismatch" });
  });

  it("户口簿补领 changes nothing in the register and gives a receipt", async () => {
    const home = await record(zhang.idNumber);
    const before = await membersOf(home!.householdId);
    const doc = await complete("HZ023", { lossReason: "lost", lostOn: "2026-11-01" }, zhang);
    expect(await membersOf(home!.householdId)).toEqual(before);
    expect(doc).toMatchObject({ documentKind: "household_receipt", title: "居民户口簿补领回执", holderName: "张明" });
    expect(factOf(doc, "补领原因")).toBe("遗失");
  });

  it("死亡注销户口 marks the person deceased; a 注销户口证明 can still be issued about them", async () => {
    const doc = await complete(
      "HZ020",
      {
        deceased: person(mother),
        deathDate: "2026-11-20",
        deathPlace: "河南省人民医院",
        deathCause: "natural",
        deathCertificateNumber: "Y4101050012345",
        declarantRelation: "child",
        idCardStatus: "returned",
      },
      zhang,
    );
    expect((await record(mother.idNumber))?.status).toBe("deceased");
    expect(doc).toMatchObject({ documentKind: "household_receipt", title: "注销户口证明" });
    expect(factOf(doc, "注销原因")).toBe("死亡");

    const certificate = await complete(
      "HZ029",
      {
        certificateKind: "cancellation",
        subject: person(mother),
        relationToSubject: "child",
        purpose: "办理继承公证",
      },
      zhang,
    );
    expect(factOf(certificate, "户口状态")).toBe("死亡注销");
    expect(certificate.holderName).toBe("王秀兰");
  });

  it("户主变更 re-bases every member's relation on the new head", async () => {
    const family = household(
      (x) =>
        memberOf(x, "户主")?.sex === "M" &&
        memberOf(x, "配偶")?.sex === "F" &&
        x.members.filter((m) => m.relationToHead === "子").length === 1,
    );
    const son = memberOf(family, "子")!;
    const doc = await complete("HZ028", { newHead: person(son), headChangeReason: "agreement" }, son);
    const members = new Map(
      (await membersOf((await record(son.idNumber))!.householdId)).map((m) => [m.name, m.relationToHead]),
    );
    expect(members.get(son.name)).toBe("户主");
    expect(members.get(memberOf(family, "户主")!.name)).toBe("父亲");
    expect(members.get(memberOf(family, "配偶")!.name)).toBe("母亲");
    for (const d of family.members.filter((m) => m.relationToHead === "女")) expect(members.get(d.name)).toBe("姐妹");
    expect(factOf(doc, "原户主")).toBe(maskName(memberOf(family, "户主")!.name));
  });

  it("分户 sets up a new household at the same address with the applicant as head", async () => {
    const family = household(
      (x) => x.members.some((m) => m.relationToHead === "子" || m.relationToHead === "女") && x.members.length >= 2,
    );
    const child = family.members.find((m) => m.relationToHead === "子" || m.relationToHead === "女")!;
    const doc = await complete("HZ025", { splitTo: "same_address", splitReason: "adult" }, child);
    const now = await record(child.idNumber);
    expect(now).toMatchObject({ address: family.address, stationCode: family.orgUnitCode, relationToHead: "户主" });
    expect(now!.householdNumber).not.toBe(family.householdNumber);
    expect(factOf(doc, "原户号")).toBe(family.householdNumber);
  });

  it("户口迁入登记 registers a newcomer from another province, and refuses them twice", async () => {
    const answers = {
      migrantIdNumber: "110101199003074477",
      migrantName: "赵强",
      migrantEthnicity: "满族",
      migrationCertificateNumber: "QY1100012345",
      fromAddress: "北京市东城区东华门大街1号",
      settleTo: "own_home",
      targetStation: await unitId("41010502"),
      newAddress: "河南省郑州市金水区经八路17号院2号楼101室",
    };
    const doc = await complete("HZ013", answers);
    expect(await record("110101199003074477")).toMatchObject({
      name: "赵强",
      sex: "M",
      birthDate: "1990-03-07",
      status: "active",
      relationToHead: "户主",
      stationCode: "41010502",
    });
    expect(factOf(doc, "民族")).toBe("满族");
    await expect(complete("HZ013", answers)).rejects.toMatchObject({ code: "ALREADY_IN_REGISTER" });
  });

  it("服兵役注销 cancels a registration that 退役士兵落户 restores into the family", async () => {
    const family = household((x) => Boolean(memberOf(x, "户主") && memberOf(x, "子")));
    const head = memberOf(family, "户主")!;
    const soldier = memberOf(family, "子")!;
    await complete(
      "HZ021",
      {
        enlistee: person(soldier),
        enlistmentNoticeNumber: "ZB2026-0101",
        recruitingOffice: "征兵办公室",
        reportDate: "2026-12-20",
      },
      head,
    );
    expect((await record(soldier.idNumber))?.status).toBe("cancelled");

    await complete(
      "HZ012",
      {
        veteran: person(soldier),
        dischargeCertificateNumber: "TY2028-0001",
        resettlementLetterNumber: "AZ2028-0001",
        dischargeDate: "2026-11-25",
        settleTo: "family",
        householdHead: person(head),
        relationToHead: "son",
      },
      head,
    );
    expect(await record(soldier.idNumber)).toMatchObject({
      status: "active",
      relationToHead: "子",
      householdNumber: family.householdNumber,
    });
  });

  it("refuses to complete when the register changed since submission, and changes nothing", async () => {
    const family = household((x) => Boolean(memberOf(x, "户主")) && x.members.length === 1);
    const joiner = household((x) => x.members.length >= 2).members.find((m) => m.relationToHead !== "户主")!;
    const parent = memberOf(family, "户主")!;
    const schema = householdForms.HZ007!;
    const { values } = validateFormData(schema, { parent: person(parent), child: person(joiner) }, "submit");
    const refs = await checkRegisterReferences(db, schema, values);
    const stationId = await resolveStation(db, {
      schema,
      values,
      applicantResidentId: null,
      residents: refs.residents,
    });
    const before = await record(joiner.idNumber);
    await db.update(residents).set({ status: "deceased" }).where(eq(residents.id, refs.residents.parent!));
    await expect(
      db.transaction((tx) =>
        applyCompletionEffects(tx, {
          serviceCode: "HZ007",
          values,
          applicantResidentId: null,
          residents: refs.residents,
          stationId,
          applicationNumber: "HN20261127000042",
        }),
      ),
    ).rejects.toMatchObject({ code: "REGISTER_CHANGED", params: { name: parent.name } });
    expect(await record(joiner.idNumber)).toEqual(before);
  });

  it("夫妻投靠 moves the applicant into the spouse's household as 配偶; 并户 brings a whole household along", async () => {
    const single = household((x) => x.members.length === 1 && x.members[0]!.sex === "F");
    const wife = single.members[0]!;
    const husband = household(
      (x) => x.members.length >= 2 && x.members.some((m) => m.relationToHead === "子"),
    ).members.find((m) => m.relationToHead === "子")!;
    await complete(
      "HZ006",
      { spouse: person(wife), marriageCertificateNumber: "J410105-2026-000123", marriageDate: "2026-10-01" },
      husband,
    );
    expect(await record(husband.idNumber)).toMatchObject({
      relationToHead: "配偶",
      householdNumber: single.householdNumber,
    });

    const merging = household((x) => memberOf(x, "户主")?.sex === "M" && x.members.length >= 2 && !memberOf(x, "配偶"));
    const target = household((x) => memberOf(x, "户主")?.sex === "F");
    const doc = await complete(
      "HZ027",
      { targetHead: person(memberOf(target, "户主")!), oldHeadRelation: "spouse", mergeReason: "marriage" },
      memberOf(merging, "户主"),
    );
    for (const m of merging.members) {
      const now = await record(m.idNumber);
      expect(now?.householdNumber, m.name).toBe(target.householdNumber);
      if (m.relationToHead === "户主") expect(now?.relationToHead).toBe("配偶");
      if (m.relationToHead === "子" || m.relationToHead === "女") expect(now?.relationToHead).toBe(m.relationToHead);
    }
    expect(factOf(doc, "原户号")).toBe(merging.householdNumber);
  });

  it("工作调动入户 into a collective household: a second transfer to the same address shares it", async () => {
    const station = await unitId("41010504");
    const address = "河南省郑州市金水区丰产路45号（郑州某研究院集体户）";
    const [first, second] = [household((x) => x.members.length >= 3), household((x) => x.members.length >= 3)];
    const a = first.members.find((m) => m.relationToHead !== "户主")!;
    const b = second.members.find((m) => m.relationToHead !== "户主")!;
    for (const [who, order] of [
      [a, "12"],
      [b, "13"],
    ] as const) {
      await complete(
        "HZ004",
        {
          employer: "郑州某研究院",
          transferNoticeNumber: `豫人社调〔2026〕${order}号`,
          settleTo: "collective",
          targetStation: station,
          newAddress: address,
        },
        who,
      );
    }
    const [ra, rb] = [await record(a.idNumber), await record(b.idNumber)];
    expect(ra).toMatchObject({ relationToHead: "集体户成员", stationCode: "41010504", address });
    expect(rb?.householdId).toBe(ra?.householdId);
    const [kind] = await db
      .select({ type: households.type })
      .from(households)
      .where(eq(households.id, ra!.householdId));
    expect(kind?.type).toBe("collective");
  });

  it("收养落户 of a child without a registration creates the child in the adopter's household", async () => {
    const adopters = household((x) => memberOf(x, "户主")?.sex === "F");
    const adopter = memberOf(adopters, "户主")!;
    const doc = await complete(
      "HZ002",
      {
        adoptionCertificateNumber: "410105-2026-0007",
        adoptionDate: "2026-09-01",
        adopteeRegistered: "no",
        adopteeName: "李安安",
        adopteeSex: "F",
        adopteeBirthDate: "2022-06-01",
        adopteeBirthPlace: "河南省郑州市",
      },
      adopter,
    );
    const [child] = await db
      .select({ idNumberEnc: residents.idNumberEnc, relation: residents.relationToHead })
      .from(residents)
      .where(eq(residents.name, "李安安"));
    expect(child?.relation).toBe("女");
    const parsed = validateIdNumber(decryptPii(child!.idNumberEnc));
    expect(parsed).toMatchObject({
      ok: true,
      birthDate: "2022-06-01",
      sex: "F",
      regionCode: adopters.orgUnitCode.slice(0, 6),
    });
    expect(factOf(doc, "收养人")).toBe(maskName(adopter.name));
  });

  it("出生日期更正 and 民族成份变更 correct the record; 出国定居 and 迁出 end it", async () => {
    const family = household((x) => x.members.length >= 4 && Boolean(memberOf(x, "配偶")));
    const [head, spouse] = [memberOf(family, "户主")!, memberOf(family, "配偶")!];
    const others = family.members.filter((m) => m !== head && m !== spouse);

    await complete(
      "HZ016",
      { subject: person(spouse), newBirthDate: "1971-02-03", evidence: "archive", reason: "建档时笔误" },
      head,
    );
    const [corrected] = await db
      .select({ idNumberEnc: residents.idNumberEnc, birthDate: residents.birthDate })
      .from(residents)
      .where(eq(residents.name, spouse.name));
    expect(corrected?.birthDate).toBe("1971-02-03");
    expect(validateIdNumber(decryptPii(corrected!.idNumberEnc))).toMatchObject({
      ok: true,
      birthDate: "1971-02-03",
      sex: spouse.sex,
    });

    await db
      .update(residents)
      .set({ ethnicity: "回族" })
      .where(eq(residents.idNumberHash, hashPii("id", head.idNumber)));
    const child = others[0]!;
    await complete(
      "HZ017",
      { subject: person(child), ethnicityChange: "change", parent: person(head), reason: "随父亲民族" },
      head,
    );
    const [row] = await db
      .select({ ethnicity: residents.ethnicity })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", child.idNumber)));
    expect(row?.ethnicity).toBe("回族");

    await complete(
      "HZ022",
      {
        subject: person(child),
        abroadStatus: "naturalised",
        country: "新加坡",
        foreignDocumentNumber: "K1234567A",
        since: "2026-01-05",
      },
      head,
    );
    expect((await record(child.idNumber))?.status).toBe("cancelled");

    const leaver = others[1]!;
    const out = await complete(
      "HZ014",
      {
        admitCertificateNumber: "ZY3301002026001",
        destinationAddress: "浙江省杭州市西湖区文三路1号",
        moveReason: "work",
      },
      leaver,
    );
    expect((await record(leaver.idNumber))?.status).toBe("moved_out");
    expect(out).toMatchObject({ documentKind: "household_receipt", title: "户口迁移证" });
    expect(factOf(out, "迁往地址")).toBe("浙江省杭州市西湖区文三路1号");
  });

  it("父母投靠子女 makes the parent the head's 父亲 or 母亲; 立户 always sets up a household of its own", async () => {
    const childHome = household(
      (x) => memberOf(x, "户主")?.sex === "M" && !memberOf(x, "父亲") && !memberOf(x, "母亲"),
    );
    const son = memberOf(childHome, "户主")!;
    const parentHome = household((x) => x.members.length >= 3 && x.members.some((m) => m.relationToHead === "配偶"));
    const parent = memberOf(parentHome, "配偶")!;
    await complete("HZ008", { child: person(son), parent: person(parent) }, son);
    expect(await record(parent.idNumber)).toMatchObject({
      householdNumber: childHome.householdNumber,
      relationToHead: parent.sex === "M" ? "父亲" : "母亲",
    });

    const owner =
      parentHome.members.find((m) => m.relationToHead === "子" || m.relationToHead === "女") ??
      memberOf(parentHome, "户主")!;
    const doc = await complete(
      "HZ026",
      {
        targetStation: await unitId(childHome.orgUnitCode),
        newAddress: childHome.address,
        propertyCertificateNumber: "豫(2024)郑州市不动产权第7654321号",
        propertyOwner: "self",
      },
      owner,
    );
    const own = await record(owner.idNumber);
    expect(own).toMatchObject({ relationToHead: "户主", address: childHome.address });
    expect(own?.householdNumber).not.toBe(childHome.householdNumber);
    expect(factOf(doc, "户号")).toBe(own?.householdNumber);
  });

  it("公民身份号码更正 gives a new number and the citizen's account follows it", async () => {
    const doc = await complete(
      "HZ018",
      { subject: person(zhang), idNumberProblem: "duplicate", reason: "与他人重号" },
      zhang,
    );
    const [row] = await db
      .select({ idNumberEnc: residents.idNumberEnc })
      .from(residents)
      .where(eq(residents.name, "张明"));
    const newNumber = decryptPii(row!.idNumberEnc);
    expect(newNumber).not.toBe(zhang.idNumber);
    expect(validateIdNumber(newNumber)).toEqual({ ok: true, regionCode: "410105", birthDate: "1990-05-12", sex: "M" });
    expect(await record(zhang.idNumber)).toBeUndefined();
    const [account] = await db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.idNumberHash, hashPii("id", newNumber)));
    expect(account?.name).toBe("张明");
    expect(factOf(doc, "原公民身份号码")).toBe("410105********1237");
  });
});
