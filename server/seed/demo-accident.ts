import "server-only";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { accidentParties, accidentPhotos, accidents, insurers, orgUnits, users, vehicles } from "@/db/schema";
import { requiredSlots } from "@/server/accidents/accident-rules";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { saveBlob } from "@/server/storage/save-blob";
import { demoAccount } from "./demo-accounts";
import type { DomainSeeder } from "./domain-seeders";
import { demoResidents, population } from "./population";

/** A plain stand-in photo per slot: road, two cars, and a label band whose shade differs per slot. */
async function standInPhoto(index: number): Promise<Uint8Array> {
  const shade = 60 + index * 20;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
  <rect width="640" height="480" fill="rgb(${shade},${shade + 10},${shade + 20})"/>
  <rect y="230" width="640" height="10" fill="#eee"/>
  <rect x="120" y="270" width="190" height="90" rx="16" fill="#3f6fb0"/>
  <rect x="300" y="255" width="190" height="90" rx="16" fill="#b0443f" transform="rotate(12 395 300)"/>
</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 75 }).toBuffer());
}

/**
 * One accident in 金水区 waiting for remote determination, so the traffic officer's queue shows something
 * after `npm run demo`: 张明 (insured with PICC, the demo assessor's company) and 牛鹏 (平安), every photo
 * taken, both statements given.
 */
export const demoAccidentSeeder: DomainSeeder = {
  name: "demo accident",
  isSeeded: async (db: Db) => (await db.select({ id: accidents.id }).from(accidents).limit(1)).length > 0,
  seed: async (tx: Db) => {
    const now = Date.now();
    const [unit] = await tx
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(eq(orgUnits.code, "410105"));
    const companies = await tx.select({ id: insurers.id, code: insurers.code }).from(insurers);
    const companyId = (code: string) => companies.find((c) => c.code === code)?.id;
    const people = [
      {
        key: "citizen" as const,
        idNumber: demoResidents.citizen.idNumber,
        plate: null,
        insurer: "PICC",
        statement: "我沿花园路由南向北直行，对方从右侧车道向左变道，右前部与对方左后部碰撞。",
      },
      {
        key: "spareCitizen" as const,
        idNumber: population[1]?.members[0]?.idNumber,
        plate: "豫AH6C39",
        insurer: "PINGAN",
        statement: "我准备左转，已打转向灯变道，对方车速较快未减速。",
      },
    ];
    if (!unit) throw new Error("the demo accident needs 金水区 (410105)");
    const rows = [];
    for (const person of people) {
      const account = demoAccount(person.key);
      const [user] = await tx
        .select({ id: users.id, name: users.name, residentId: users.residentId })
        .from(users)
        .where(eq(users.phoneHash, hashPii("phone", account.login)));
      const insurerId = companyId(person.insurer);
      if (!user || !insurerId || !person.idNumber)
        throw new Error(`the demo accident needs ${person.key} and ${person.insurer}`);
      // 张明 drives his own registered car, so the officer sees it in the register.
      const [car] =
        person.plate || !user.residentId
          ? []
          : await tx
              .select({ plate: vehicles.plateNumber })
              .from(vehicles)
              .where(eq(vehicles.ownerResidentId, user.residentId));
      const plate = person.plate ?? car?.plate;
      if (!plate) throw new Error("the demo citizen has no car");
      rows.push({
        user,
        insurerId,
        idNumber: person.idNumber,
        plate,
        statement: person.statement,
        phone: account.login,
      });
    }
    const [reporter, other] = rows;
    if (!reporter || !other) throw new Error("the demo accident needs two parties");
    const [accident] = await tx
      .insert(accidents)
      .values({
        code: "260417",
        reporterId: reporter.user.id,
        occurredAt: new Date(now - 25 * 60_000),
        place: "金水区花园路与农业路交叉口北50米",
        latitude: 34.7876,
        longitude: 113.6851,
        orgUnitId: unit.id,
        orgPath: unit.path,
        partyCount: 2,
        status: "awaiting_determination",
        awaitingSince: new Date(now - 6 * 60_000),
        lastPhotoAt: new Date(now - 7 * 60_000),
      })
      .returning({ id: accidents.id });
    if (!accident) throw new Error("demo accident: no row returned");
    await tx.insert(accidentParties).values(
      rows.map((r, i) => ({
        accidentId: accident.id,
        position: i + 1,
        userId: r.user.id,
        name: r.user.name,
        licenceNumberEnc: encryptPii(r.idNumber),
        licenceNumberHash: hashPii("id", r.idNumber),
        plateNumber: r.plate,
        insurerId: r.insurerId,
        phoneEnc: encryptPii(r.phone),
        statement: r.statement,
      })),
    );
    const slots = requiredSlots(2);
    for (const [i, slot] of slots.entries()) {
      const uploader = slot.startsWith("p2.") ? other : reporter;
      const blobId = await saveBlob(tx, {
        ownerId: uploader.user.id,
        purpose: "accident_photo",
        contentType: "image/jpeg",
        bytes: await standInPhoto(i),
      });
      await tx.insert(accidentPhotos).values({
        accidentId: accident.id,
        slot,
        blobId,
        uploadedBy: uploader.user.id,
        uploadedAt: new Date(now - (15 - i) * 60_000),
      });
    }
  },
};
