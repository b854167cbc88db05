import type { Tx } from "@/db/client";
import type { DocumentFact } from "@/db/schema";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { validateIdNumber } from "@/server/population/id-number";
import { correctedAddress, decideAddressDetailCorrection } from "./auto-review-rules";
import type { FieldOption, ResidentStatus, ResidentValue } from "@/server/applications/form-schema";
import { householdForms } from "./household-forms";
import { headRelation, otherRelation, relationAfterHeadChange, relationAfterMerge, relationThrough } from "./kinship";
import {
  countyCodeOf,
  createHousehold,
  findHouseholdAt,
  type HouseholdRecord,
  hasActiveMembers,
  headSexOf,
  insertResident,
  lockHousehold,
  lockMembers,
  lockPerson,
  lockPersonByIdNumber,
  newIdNumber,
  type Person,
  type RegisterItem,
  type Sex,
  updateHouseholdAddress,
  updatePerson,
} from "./register-edits";

/** What the window prints once the register has changed: a register page, or a receipt or certificate. */
export type CompletionDocument = {
  documentKind: "household_register_page" | "household_receipt";
  title: string;
  holderName: string;
  facts: DocumentFact[];
};

export type CompletionParams = {
  serviceCode: string;
  /** The answers as validated on submission. */
  values: Record<string, unknown>;
  applicantResidentId: string | null;
  /** Resident field key → register id, as checkRegisterReferences resolved them. */
  residents: Record<string, string>;
  /** The station that handled the case: it issues the document, and registers any new household set up. */
  stationId: number;
  applicationNumber: string;
};

/**
 * Makes the register change a household service stands for — the newborn added to a household, the buyer
 * moved to the new address, a name changed, a registration cancelled — and describes the document that
 * records it. Runs in the completing transaction on locked rows; when the register no longer fits the
 * application (the person died or moved meanwhile) it throws REGISTER_CHANGED and nothing is written.
 * Every fact is safe to print: ID numbers appear masked.
 */
export async function applyCompletionEffects(tx: Tx, p: CompletionParams): Promise<CompletionDocument> {
  const effect = effects[p.serviceCode];
  if (!effect) throw new Error(`no completion effect for service ${p.serviceCode}`);
  const c = new Completion(tx, p);
  return effect(c);
}

type Effect = (c: Completion) => Promise<CompletionDocument>;

const sexLabel = { M: "男", F: "女" } as const;
const statusLabel: Record<ResidentStatus, string> = {
  active: "正常",
  deceased: "死亡注销",
  moved_out: "迁出注销",
  cancelled: "注销",
};

/** The answers and register access one completion works with. */
class Completion {
  /** Households a head left (moved or cancelled): if anyone stays, they must apply for 户主变更. */
  private readonly headsLeft = new Map<string, HouseholdRecord>();
  readonly today = chinaToday();

  constructor(
    readonly tx: Tx,
    readonly p: CompletionParams,
  ) {}

  text(key: string): string {
    const v = this.p.values[key];
    return typeof v === "string" ? v : "";
  }

  /** The register word an option stands for (its Chinese label). */
  optionLabel(code: string, key: string): string {
    const field = householdForms[code]?.sections.flatMap((s) => s.fields).find((f) => f.key === key);
    return field?.options?.find((o: FieldOption) => o.value === this.text(key))?.label ?? this.text(key);
  }

  named(key: string): boolean {
    return this.p.values[key] != null;
  }

  async person(key: string, statuses?: ResidentStatus[]): Promise<Person> {
    const value = this.p.values[key] as ResidentValue | undefined;
    return lockPerson(this.tx, this.p.residents[key], { nameForError: value?.name ?? "", statuses });
  }

  async optionalPerson(key: string): Promise<Person | null> {
    return this.named(key) ? this.person(key) : null;
  }

  async applicant(): Promise<Person> {
    if (!this.p.applicantResidentId) throw new DomainError("NOT_IN_REGISTER");
    try {
      return await lockPerson(this.tx, this.p.applicantResidentId, { nameForError: "" });
    } catch (e) {
      if (e instanceof DomainError) throw new DomainError("NOT_IN_REGISTER");
      throw e;
    }
  }

  household(person: Person): Promise<HouseholdRecord> {
    return lockHousehold(this.tx, person.householdId);
  }

  async headSex(household: HouseholdRecord): Promise<Sex | null> {
    return headSexOf(this.tx, household.id);
  }

  /** Moves a person into a household (back to active, for someone whose registration was cancelled). */
  async move(person: Person, target: HouseholdRecord, relationToHead: string): Promise<Person> {
    if (person.householdId === target.id && person.status === "active") {
      throw new DomainError("REGISTER_CHANGED", { name: person.name });
    }
    await this.leaving(person);
    return updatePerson(this.tx, person, { householdId: target.id, relationToHead, status: "active" });
  }

  async cancel(person: Person, status: Exclude<ResidentStatus, "active">): Promise<Person> {
    await this.leaving(person);
    return updatePerson(this.tx, person, { status });
  }

  private async leaving(person: Person) {
    if (person.status === "active" && person.relationToHead === headRelation) {
      this.headsLeft.set(person.householdId, await this.household(person));
    }
  }

  /**
   * The household at a new address: one of the kind already registered there is joined when `reuse`
   * allows (`isNew` when nobody active lives in it, so the newcomer heads it), otherwise a new one is set up.
   */
  async householdAt(p: { stationId: number; address: string; type: "family" | "collective"; reuse: boolean }) {
    const existing = p.reuse ? await findHouseholdAt(this.tx, p) : null;
    if (existing) {
      const members = await lockMembers(this.tx, existing.id);
      return { household: existing, isNew: members.length === 0 };
    }
    return { household: await createHousehold(this.tx, p), isNew: true };
  }

  /** The relation to the head of someone who is `step` of `via`, a member of that household. */
  async relationVia(via: Person, step: "child" | "parent" | "spouse", sex: Sex): Promise<string> {
    const headSex = await headSexOf(this.tx, via.householdId);
    if (!headSex) return otherRelation;
    return relationThrough({ via: via.relationToHead, viaSex: via.sex, step, sex, headSex });
  }

  /** A relation the applicant chose ("子" to the given head), re-based when that person is not the head. */
  async relationToChosen(chosen: Person, relationToChosen: string, sex: Sex): Promise<string> {
    if (chosen.relationToHead === headRelation) return relationToChosen;
    const step = ({ 子: "child", 女: "child", 父亲: "parent", 母亲: "parent", 配偶: "spouse" } as const)[
      relationToChosen as "子"
    ];
    return step ? this.relationVia(chosen, step, sex) : otherRelation;
  }

  async regionCodeOf(household: HouseholdRecord): Promise<string> {
    return countyCodeOf(this.tx, household.orgUnitId);
  }

  /**
   * The facts in print order: what was registered first, the application number last. Facts are also
   * shown on the public verify page, so they stay within what the page holds; optional ones (a birthplace,
   * former names) give way first.
   */
  async facts(event: string, main: DocumentFact[], optional: DocumentFact[] = []): Promise<DocumentFact[]> {
    const notes: string[] = [];
    for (const left of this.headsLeft.values()) {
      if (await hasActiveMembers(this.tx, left.id)) {
        notes.push(`原户（户号${left.householdNumber}）户主已迁出或注销，请户内成员申请户主变更。`);
      }
    }
    const tail = [
      ...(notes.length ? [fact("备注", "Note", notes.join(""))] : []),
      fact("受理编号", "Application number", this.p.applicationNumber),
    ];
    const head = [fact("登记事项", "Registration", event), ...main].slice(0, maxFacts - tail.length);
    const room = maxFacts - head.length - tail.length;
    return [...head, ...optional.slice(0, room), ...tail].map((f) => ({ ...f, value: clip(f.value) }));
  }
}

/** What one printed page (and the verify page) holds; see server/documents/issue-document.ts. */
const maxFacts = 12;
const maxFactLength = 200;

function clip(value: string): string {
  return value.length > maxFactLength ? `${value.slice(0, maxFactLength - 1)}…` : value;
}

function fact(label: string, labelEn: string, value: string): DocumentFact {
  return { label, labelEn, value };
}

/**
 * The register page's facts about a person. The holder's name is printed as the document's holder; names
 * of other people are masked (maskName), since the facts are public on the verify page.
 */
function personFacts(person: Person, household: HouseholdRecord): { main: DocumentFact[]; optional: DocumentFact[] } {
  return {
    main: [
      fact("户号", "Household number", household.householdNumber),
      fact("住址", "Address", household.address),
      fact("与户主关系", "Relation to head", person.relationToHead),
      fact("性别", "Sex", sexLabel[person.sex]),
      fact("民族", "Ethnicity", person.ethnicity),
      fact("出生日期", "Date of birth", person.birthDate),
      fact("公民身份号码", "Citizen ID number", maskIdNumber(person.idNumber)),
    ],
    optional: [
      ...(person.formerNames.length
        ? [fact("曾用名", "Former names", person.formerNames.map(maskName).join("、"))]
        : []),
      ...(person.birthplace ? [fact("出生地", "Place of birth", person.birthplace)] : []),
    ],
  };
}

async function registerPage(
  c: Completion,
  p: { title?: string; person: Person; household: HouseholdRecord; event: string; extra?: DocumentFact[] },
): Promise<CompletionDocument> {
  const { main, optional } = personFacts(p.person, p.household);
  return {
    documentKind: "household_register_page",
    title: p.title ?? "居民户口簿 · 常住人口登记卡",
    holderName: p.person.name,
    facts: await c.facts(p.event, [...main, ...(p.extra ?? [])], optional),
  };
}

async function receipt(
  c: Completion,
  p: { title: string; holder: Person; household: HouseholdRecord; event: string; extra: DocumentFact[] },
): Promise<CompletionDocument> {
  return {
    documentKind: "household_receipt",
    title: p.title,
    holderName: p.holder.name,
    facts: await c.facts(p.event, [
      fact("公民身份号码", "Citizen ID number", maskIdNumber(p.holder.idNumber)),
      fact("户号", "Household number", p.household.householdNumber),
      fact("住址", "Address", p.household.address),
      ...p.extra,
    ]),
  };
}

const collectiveMember = "集体户成员";

const names = (people: Person[]) => people.map((m) => `${maskName(m.name)}（${m.relationToHead}）`).join("、");

/** How the family member named in each mover field is related to the applicant. */
const moverSteps: Record<string, "child" | "parent" | "spouse"> = {
  spouse: "spouse",
  child: "child",
  child2: "child",
  parent: "parent",
};

/** Moves the applicant and the family moving along into a household at a new address (购房入户 and the like). */
async function settleAtAddress(
  c: Completion,
  p: { event: string; type: "family" | "collective"; reuse: boolean; moverKeys: string[]; extra?: DocumentFact[] },
): Promise<CompletionDocument> {
  const applicant = await c.applicant();
  const movers: [key: string, person: Person][] = [];
  for (const key of p.moverKeys) {
    const m = await c.optionalPerson(key);
    if (m) movers.push([key, m]);
  }
  const { household, isNew } = await c.householdAt({
    stationId: c.p.stationId,
    address: c.text("newAddress"),
    type: p.type,
    reuse: p.reuse,
  });
  const collective = p.type === "collective";
  const settled = await c.move(
    applicant,
    household,
    collective ? collectiveMember : isNew ? headRelation : otherRelation,
  );
  const moved: Person[] = [];
  for (const [key, m] of movers) {
    const relation = collective ? collectiveMember : await c.relationVia(settled, moverSteps[key] ?? "child", m.sex);
    moved.push(await c.move(m, household, relation));
  }
  return registerPage(c, {
    person: settled,
    household,
    event: p.event,
    extra: [...(moved.length ? [fact("随迁人员", "Moved with", names(moved))] : []), ...(p.extra ?? [])],
  });
}

/**
 * Where a "settleTo" answer places a person, and as what: the household of the head named (with the
 * relation chosen), or a household at the new address — joined, set up with the person as head, or a
 * collective one.
 */
async function chosenPlace(
  c: Completion,
  code: string,
  sex: Sex,
): Promise<{ household: HouseholdRecord; relation: string }> {
  const settleTo = c.text("settleTo");
  if (settleTo === "family") {
    const head = await c.person("householdHead");
    const household = await c.household(head);
    return { household, relation: await c.relationToChosen(head, c.optionLabel(code, "relationToHead"), sex) };
  }
  const type = settleTo === "collective" ? "collective" : "family";
  const { household, isNew } = await c.householdAt({
    stationId: c.p.stationId,
    address: c.text("newAddress"),
    type,
    reuse: true,
  });
  return { household, relation: type === "collective" ? collectiveMember : isNew ? headRelation : otherRelation };
}

async function changeIdNumber(c: Completion, person: Person, p: { birthDate: string; sex: Sex }): Promise<Person> {
  const idNumber = await newIdNumber(c.tx, {
    regionCode: person.idNumber.slice(0, 6),
    birthDate: p.birthDate,
    sex: p.sex,
    preferSequence: p.sex === person.sex ? Number(person.idNumber.slice(14, 17)) : undefined,
  });
  return updatePerson(c.tx, person, { idNumber, birthDate: p.birthDate, sex: p.sex });
}

async function cancellation(
  c: Completion,
  p: { key: string; status: "deceased" | "cancelled"; event: string; reason: string; extra: DocumentFact[] },
): Promise<CompletionDocument> {
  const person = await c.person(p.key);
  const household = await c.household(person);
  const cancelled = await c.cancel(person, p.status);
  return receipt(c, {
    title: "注销户口证明",
    holder: cancelled,
    household,
    event: p.event,
    extra: [
      fact("性别", "Sex", sexLabel[cancelled.sex]),
      fact("出生日期", "Date of birth", cancelled.birthDate),
      fact("注销原因", "Reason for cancellation", p.reason),
      ...p.extra,
    ],
  });
}

async function movingOut(c: Completion, p: { event: string; moverKeys: string[]; extra: DocumentFact[] }) {
  const applicant = await c.applicant();
  const household = await c.household(applicant);
  const others: Person[] = [];
  for (const key of p.moverKeys) {
    const m = await c.optionalPerson(key);
    if (m && m.householdId !== household.id) throw new DomainError("REGISTER_CHANGED", { name: m.name });
    if (m) others.push(await c.cancel(m, "moved_out"));
  }
  await c.cancel(applicant, "moved_out");
  return receipt(c, {
    title: "户口迁移证",
    holder: applicant,
    household,
    event: p.event,
    extra: [
      fact("性别", "Sex", sexLabel[applicant.sex]),
      fact("出生日期", "Date of birth", applicant.birthDate),
      ...(others.length ? [fact("一同迁出人员", "Moving with", others.map((m) => maskName(m.name)).join("、"))] : []),
      ...p.extra,
    ],
  });
}

const effects: Record<string, Effect> = {
  async HZ001(c) {
    const joinKey = c.text("joinParent") === "mother" ? "mother" : "father";
    const parent = await c.person(joinKey);
    const ethnicitySource = c.text("ethnicityFrom") === "mother" ? "mother" : "father";
    const ethnicity = ethnicitySource === joinKey ? parent.ethnicity : (await c.person(ethnicitySource)).ethnicity;
    const household = await c.household(parent);
    const sex = c.text("childSex") as Sex;
    const birthDate = c.text("birthDate");
    const child = await insertResident(c.tx, {
      idNumber: await newIdNumber(c.tx, { regionCode: await c.regionCodeOf(household), birthDate, sex }),
      name: c.text("childName"),
      sex,
      birthDate,
      ethnicity,
      householdId: household.id,
      relationToHead: await c.relationVia(parent, "child", sex),
      birthplace: c.text("birthPlace"),
    });
    const [father, mother] = [c.p.values.father as ResidentValue, c.p.values.mother as ResidentValue];
    return registerPage(c, {
      person: child,
      household,
      event: "出生登记",
      extra: [fact("父亲", "Father", maskName(father.name)), fact("母亲", "Mother", maskName(mother.name))],
    });
  },

  async HZ002(c) {
    const adopter = await c.applicant();
    const household = await c.household(adopter);
    let child: Person;
    if (c.text("adopteeRegistered") === "yes") {
      const adoptee = await c.person("adoptee");
      const relation = await c.relationVia(adopter, "child", adoptee.sex);
      child = await c.move(adoptee, household, relation);
      const newName = c.text("newName");
      if (newName && newName !== child.name) {
        child = await updatePerson(c.tx, child, { name: newName, formerNames: [...child.formerNames, child.name] });
      }
    } else {
      const sex = c.text("adopteeSex") as Sex;
      const birthDate = c.text("adopteeBirthDate");
      child = await insertResident(c.tx, {
        idNumber: await newIdNumber(c.tx, { regionCode: await c.regionCodeOf(household), birthDate, sex }),
        name: c.text("adopteeName"),
        sex,
        birthDate,
        ethnicity: adopter.ethnicity,
        householdId: household.id,
        relationToHead: await c.relationVia(adopter, "child", sex),
        birthplace: c.text("adopteeBirthPlace"),
      });
    }
    return registerPage(c, {
      person: child,
      household,
      event: "收养落户",
      extra: [
        fact("收养人", "Adoptive parent", maskName(adopter.name)),
        fact("收养登记证字号", "Adoption certificate", c.text("adoptionCertificateNumber")),
      ],
    });
  },

  HZ003: (c) =>
    settleAtAddress(c, {
      event: "购房入户",
      type: "family",
      reuse: true,
      moverKeys: ["spouse", "child", "child2", "parent"],
      extra: [fact("不动产权证书号", "Property certificate", c.text("propertyCertificateNumber"))],
    }),

  HZ004: (c) =>
    settleAtAddress(c, {
      event: "工作调动入户",
      type: c.text("settleTo") === "collective" ? "collective" : "family",
      reuse: true,
      moverKeys: ["spouse", "child"],
      extra: [fact("调入单位", "New employer", c.text("employer"))],
    }),

  HZ005: (c) =>
    settleAtAddress(c, {
      event: "人才引进入户",
      type: c.text("settleTo") === "collective" ? "collective" : "family",
      reuse: true,
      moverKeys: ["spouse", "child", "parent"],
      extra: [fact("落户依据", "Qualification", c.optionLabel("HZ005", "qualification"))],
    }),

  async HZ006(c) {
    const spouse = await c.person("spouse");
    const household = await c.household(spouse);
    const applicant = await c.applicant();
    const settled = await c.move(applicant, household, await c.relationVia(spouse, "spouse", applicant.sex));
    const child = await c.optionalPerson("child");
    const moved = child ? [await c.move(child, household, await c.relationVia(spouse, "child", child.sex))] : [];
    return registerPage(c, {
      person: settled,
      household,
      event: "夫妻投靠入户",
      extra: [
        fact("配偶", "Spouse", maskName(spouse.name)),
        ...(moved.length ? [fact("随迁人员", "Moved with", names(moved))] : []),
      ],
    });
  },

  async HZ007(c) {
    const parent = await c.person("parent");
    const household = await c.household(parent);
    const child = await c.person("child");
    const settled = await c.move(child, household, await c.relationVia(parent, "child", child.sex));
    return registerPage(c, {
      person: settled,
      household,
      event: "子女投靠父母入户",
      extra: [fact("投靠对象", "Joined", maskName(parent.name))],
    });
  },

  async HZ008(c) {
    const child = await c.person("child");
    const household = await c.household(child);
    const parent = await c.person("parent");
    const settled = await c.move(parent, household, await c.relationVia(child, "parent", parent.sex));
    const other = await c.optionalPerson("otherParent");
    const moved = other ? [await c.move(other, household, await c.relationVia(child, "parent", other.sex))] : [];
    return registerPage(c, {
      person: settled,
      household,
      event: "父母投靠子女入户",
      extra: [
        fact("投靠对象", "Joined", maskName(child.name)),
        ...(moved.length ? [fact("一同投靠人员", "Moved with", names(moved))] : []),
      ],
    });
  },

  HZ009: (c) =>
    settleAtAddress(c, {
      event: "大中专院校录取新生入户",
      type: "collective",
      reuse: true,
      moverKeys: [],
      extra: [fact("录取院校", "College", c.text("school"))],
    }),

  async HZ010(c) {
    const applicant = await c.applicant();
    const { household, relation } = await chosenPlace(c, "HZ010", applicant.sex);
    const settled = await c.move(applicant, household, relation);
    return registerPage(c, {
      person: settled,
      household,
      event: "大中专院校毕业生入户",
      extra: [fact("毕业院校", "College", c.text("school"))],
    });
  },

  HZ011: (c) =>
    movingOut(c, {
      event: "大中专院校录取新生迁出",
      moverKeys: [],
      extra: [
        fact("迁往地址", "Moving to", c.text("destinationAddress")),
        fact("录取院校", "College", c.text("school")),
      ],
    }),

  async HZ012(c) {
    const veteran = await c.person("veteran", ["cancelled"]);
    const { household, relation } = await chosenPlace(c, "HZ012", veteran.sex);
    const settled = await c.move(veteran, household, relation);
    return registerPage(c, {
      person: settled,
      household,
      event: "退役士兵落户",
      extra: [fact("退出现役日期", "Discharged on", c.text("dischargeDate"))],
    });
  },

  async HZ013(c) {
    const idNumber = c.text("migrantIdNumber");
    const name = c.text("migrantName");
    const parsed = validateIdNumber(idNumber, c.today);
    if (!parsed.ok) throw new DomainError("BAD_INPUT", {}, { migrantIdNumber: "form.idNumberFormat" });
    const existing = await lockPersonByIdNumber(c.tx, idNumber);
    if (existing?.status === "active") throw new DomainError("ALREADY_IN_REGISTER", { name: existing.name });
    // Someone who once moved away comes back to the same record; a record under another name, or of
    // someone who died, is not this person's to take over.
    if (existing && (existing.status === "deceased" || existing.name !== name)) {
      throw new DomainError("REGISTER_CHANGED", { name: existing.name });
    }
    const { household, relation } = await chosenPlace(c, "HZ013", parsed.sex);
    const settled = existing
      ? await c.move(existing, household, relation)
      : await insertResident(c.tx, {
          idNumber,
          name,
          sex: parsed.sex,
          birthDate: parsed.birthDate,
          ethnicity: c.text("migrantEthnicity"),
          householdId: household.id,
          relationToHead: relation,
          birthplace: null,
        });
    return registerPage(c, {
      person: settled,
      household,
      event: "户口迁入登记",
      extra: [
        fact("迁出地", "Moved from", c.text("fromAddress")),
        fact("户口迁移证编号", "Migration certificate", c.text("migrationCertificateNumber")),
      ],
    });
  },

  HZ014: (c) =>
    movingOut(c, {
      event: "户口迁出登记",
      moverKeys: ["spouse", "child"],
      extra: [
        fact("迁往地址", "Moving to", c.text("destinationAddress")),
        fact("迁移原因", "Reason", c.optionLabel("HZ014", "moveReason")),
        fact("准予迁入证明编号", "Admission certificate", c.text("admitCertificateNumber")),
      ],
    }),

  async HZ015(c) {
    const person = await c.person("subject");
    const household = await c.household(person);
    const newName = c.text("newName");
    const changed = await updatePerson(c.tx, person, {
      name: newName,
      formerNames: [...person.formerNames, person.name],
    });
    return registerPage(c, {
      person: changed,
      household,
      event: "姓名变更",
      extra: [fact("变更原因", "Reason", c.optionLabel("HZ015", "nameChangeReason"))],
    });
  },

  async HZ016(c) {
    const person = await c.person("subject");
    const household = await c.household(person);
    const changed = await changeIdNumber(c, person, { birthDate: c.text("newBirthDate"), sex: person.sex });
    return registerPage(c, {
      person: changed,
      household,
      event: "出生日期更正",
      extra: [
        fact("更正前出生日期", "Date of birth before", person.birthDate),
        fact("原公民身份号码", "Former ID number", maskIdNumber(person.idNumber)),
      ],
    });
  },

  async HZ017(c) {
    const person = await c.person("subject");
    const parent = await c.person("parent");
    const household = await c.household(person);
    const changed = await updatePerson(c.tx, person, { ethnicity: parent.ethnicity });
    return registerPage(c, {
      person: changed,
      household,
      event: c.text("ethnicityChange") === "correct" ? "民族成份更正" : "民族成份变更",
      extra: [
        fact("变更前民族", "Ethnicity before", person.ethnicity),
        fact("依据", "Following", maskName(parent.name)),
      ],
    });
  },

  async HZ018(c) {
    const person = await c.person("subject");
    const household = await c.household(person);
    const problem = c.text("idNumberProblem");
    const birthDate = problem === "birth_date" ? c.text("correctBirthDate") : person.birthDate;
    const sex: Sex = problem === "sex" ? (person.sex === "M" ? "F" : "M") : person.sex;
    const changed = await changeIdNumber(c, person, { birthDate, sex });
    return registerPage(c, {
      person: changed,
      household,
      event: "公民身份号码更正",
      extra: [
        fact("原公民身份号码", "Former ID number", maskIdNumber(person.idNumber)),
        fact("更正原因", "Reason", c.optionLabel("HZ018", "idNumberProblem")),
      ],
    });
  },

  async HZ019(c) {
    const item = c.text("item");
    const itemLabel = c.optionLabel("HZ019", "item");
    if (item === "address_detail") {
      const applicant = await c.applicant();
      const household = await c.household(applicant);
      const newValue = c.text("newValue");
      const corrected = correctedAddress(household.address, newValue);
      // The same rule as the automatic review: only the house-number part may change here; a new street is a move.
      if (!corrected || decideAddressDetailCorrection(household.address, newValue).decision !== "complete") {
        throw new DomainError("BAD_INPUT", {}, { newValue: "form.addressDetail" });
      }
      return registerPage(c, {
        title: "居民户口簿 · 户主页",
        person: applicant,
        household: await updateHouseholdAddress(c.tx, household, corrected),
        event: `户口登记项目更正（${itemLabel}）`,
        extra: [fact("更正前住址", "Address before", household.address)],
      });
    }
    const items: Record<string, [column: RegisterItem, answer: string | null]> = {
      education: ["education", "newEducation"],
      marital_status: ["maritalStatus", "newMaritalStatus"],
      military_service: ["militaryService", "newMilitaryService"],
      employer: ["employer", null],
      occupation: ["occupation", null],
    };
    const entry = Object.hasOwn(items, item) ? items[item] : undefined;
    if (!entry) throw new DomainError("BAD_INPUT", {}, { item: "form.option" });
    const [column, answer] = entry;
    const value = answer ? c.optionLabel("HZ019", answer) : c.text("newValue");
    const person = await c.person("subject");
    const household = await c.household(person);
    const changed = await updatePerson(c.tx, person, { [column]: value });
    return registerPage(c, {
      person: changed,
      household,
      event: `户口登记项目变更更正（${itemLabel}）`,
      extra: [
        fact(`变更前${itemLabel}`, "Before", person[column] ?? "未登记"),
        fact(`变更后${itemLabel}`, "After", value),
      ],
    });
  },

  HZ020: (c) =>
    cancellation(c, {
      key: "deceased",
      status: "deceased",
      event: "死亡注销户口",
      reason: c.optionLabel("HZ020", "deathCause") === "人民法院宣告死亡" ? "宣告死亡" : "死亡",
      extra: [fact("死亡日期", "Date of death", c.text("deathDate"))],
    }),

  HZ021: (c) =>
    cancellation(c, {
      key: "enlistee",
      status: "cancelled",
      event: "服兵役注销户口",
      reason: "服现役",
      extra: [fact("入伍报到日期", "Reporting date", c.text("reportDate"))],
    }),

  HZ022: (c) =>
    cancellation(c, {
      key: "subject",
      status: "cancelled",
      event: "出国（境）定居注销户口",
      reason: `出国（境）定居：${c.text("country")}，${c.optionLabel("HZ022", "abroadStatus")}`,
      extra: [],
    }),

  async HZ023(c) {
    const applicant = await c.applicant();
    const household = await c.household(applicant);
    return receipt(c, {
      title: "居民户口簿补领回执",
      holder: applicant,
      household,
      event: "户口簿补领",
      extra: [
        fact("补领原因", "Reason", c.optionLabel("HZ023", "lossReason")),
        fact("原户口簿", "Old booklet", "自补领之日起作废"),
      ],
    });
  },

  async HZ024(c) {
    const applicant = await c.applicant();
    const household = await c.household(applicant);
    return receipt(c, {
      title: "居民户口簿换领回执",
      holder: applicant,
      household,
      event: "户口簿换领",
      extra: [
        fact("换领原因", "Reason", c.optionLabel("HZ024", "renewalReason")),
        fact("原户口簿", "Old booklet", "已收回"),
      ],
    });
  },

  async HZ025(c) {
    const applicant = await c.applicant();
    const old = await c.household(applicant);
    const ownHome = c.text("splitTo") === "own_home";
    const oldHeadSex = await c.headSex(old);
    const members: Person[] = [];
    for (const key of ["member1", "member2"]) {
      const m = await c.optionalPerson(key);
      if (m && m.householdId !== old.id) throw new DomainError("REGISTER_CHANGED", { name: m.name });
      if (m) members.push(m);
    }
    const household = await createHousehold(c.tx, {
      stationId: ownHome ? c.p.stationId : old.orgUnitId,
      address: ownHome ? c.text("newAddress") : old.address,
      type: "family",
    });
    const settled = await c.move(applicant, household, headRelation);
    const moved: Person[] = [];
    for (const m of members) {
      const relation = oldHeadSex
        ? relationAfterHeadChange({
            member: m.relationToHead,
            memberSex: m.sex,
            newHead: applicant.relationToHead,
            newHeadSex: applicant.sex,
            oldHeadSex,
          })
        : otherRelation;
      moved.push(await c.move(m, household, relation));
    }
    return registerPage(c, {
      person: settled,
      household,
      event: "分户",
      extra: [
        fact("原户号", "Former household", old.householdNumber),
        ...(moved.length ? [fact("随同分户人员", "Moved with", names(moved))] : []),
      ],
    });
  },

  HZ026: (c) =>
    settleAtAddress(c, {
      event: "立户",
      type: "family",
      reuse: false,
      moverKeys: ["spouse", "child"],
      extra: [fact("不动产权证书号", "Property certificate", c.text("propertyCertificateNumber"))],
    }),

  async HZ027(c) {
    const applicant = await c.applicant();
    const targetHead = await c.person("targetHead");
    if (targetHead.relationToHead !== headRelation || targetHead.householdId === applicant.householdId) {
      throw new DomainError("REGISTER_CHANGED", { name: targetHead.name });
    }
    const target = await c.household(targetHead);
    const old = await c.household(applicant);
    const members = await lockMembers(c.tx, old.id);
    const oldHead = members.find((m) => m.relationToHead === headRelation);
    const oldHeadRelation = c.optionLabel("HZ027", "oldHeadRelation");
    const moved: Person[] = [];
    for (const m of members) {
      const relation = oldHead
        ? relationAfterMerge({
            member: m.relationToHead,
            memberSex: m.sex,
            oldHead: oldHeadRelation,
            oldHeadSex: oldHead.sex,
            newHeadSex: targetHead.sex,
          })
        : otherRelation;
      moved.push(await updatePerson(c.tx, m, { householdId: target.id, relationToHead: relation }));
    }
    const settled = moved.find((m) => m.id === applicant.id)!;
    return registerPage(c, {
      person: settled,
      household: target,
      event: "并户",
      extra: [
        fact("户主", "Head of household", maskName(targetHead.name)),
        fact("原户号", "Former household", old.householdNumber),
        fact("并入人员", "Members merged", names(moved)),
      ],
    });
  },

  async HZ028(c) {
    const applicant = await c.applicant();
    const newHead = await c.person("newHead");
    if (newHead.householdId !== applicant.householdId || newHead.relationToHead === headRelation) {
      throw new DomainError("REGISTER_CHANGED", { name: newHead.name });
    }
    const household = await c.household(newHead);
    const oldHeadSex = await c.headSex(household);
    const members = await lockMembers(c.tx, household.id);
    const rebased: Person[] = [];
    for (const m of members) {
      if (m.id === newHead.id) continue;
      const relation = oldHeadSex
        ? relationAfterHeadChange({
            member: m.relationToHead,
            memberSex: m.sex,
            newHead: newHead.relationToHead,
            newHeadSex: newHead.sex,
            oldHeadSex,
          })
        : otherRelation;
      rebased.push(await updatePerson(c.tx, m, { relationToHead: relation }));
    }
    const head = await updatePerson(c.tx, newHead, { relationToHead: headRelation });
    const oldHead = members.find((m) => m.relationToHead === headRelation);
    return registerPage(c, {
      title: "居民户口簿 · 户主页",
      person: head,
      household,
      event: "户主变更",
      extra: [
        ...(oldHead ? [fact("原户主", "Former head", maskName(oldHead.name))] : []),
        fact("变更原因", "Reason", c.optionLabel("HZ028", "headChangeReason")),
        ...(rebased.length ? [fact("户内成员", "Members", names(rebased))] : []),
      ],
    });
  },

  async HZ029(c) {
    const subject = await c.person("subject", ["active", "deceased", "moved_out", "cancelled"]);
    const household = await c.household(subject);
    const kind = c.text("certificateKind");
    const detail = kind === "other" ? [fact("证明事项", "Certified", c.text("certificateDetail"))] : [];
    return receipt(c, {
      title: "户籍证明",
      holder: subject,
      household,
      event: c.optionLabel("HZ029", "certificateKind"),
      extra: [
        fact("性别", "Sex", sexLabel[subject.sex]),
        fact("出生日期", "Date of birth", subject.birthDate),
        ...(subject.formerNames.length ? [fact("曾用名", "Former names", subject.formerNames.join("、"))] : []),
        fact("户口状态", "Registration status", statusLabel[subject.status]),
        ...detail,
        fact("证明用途", "Purpose", c.text("purpose")),
      ],
    });
  },
};
