import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  bailDeposits,
  borderCrossings,
  caseLawyers,
  caseNodes,
  cases,
  communityPoliceAreas,
  detentionContacts,
  detentions,
  drugTreatmentFamily,
  drugTreatments,
  fraudIndicators,
  guardCertificates,
  internetFilings,
  lostFoundItems,
  officialFilings,
  orgUnits,
  policeCards,
  precursorPermits,
  subscriberLines,
  users,
} from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "./demo-accounts";
import { demoResidents } from "./population";
import type { DomainSeeder } from "./domain-seeders";
import {
  buildCommunityAreas,
  buildGuardCertificates,
  buildLostItems,
  buildPoliceCards,
  buildSubscriberLines,
  filings,
  fraudIndicatorSeed,
  precursorPermitSeed,
  publicQueryDemo,
} from "./public-query-registers";

const desk = (cityCode: string, digit: string) => `${cityCode}9${digit}`;
const id = (idNumber: string) => ({ hash: hashPii("id", idNumber), enc: encryptPii(idNumber) });

export const publicQueryRegistersSeeder: DomainSeeder = {
  name: "registers behind the public, own-data and family queries",
  async isSeeded(db) {
    return (await db.select({ id: lostFoundItems.id }).from(lostFoundItems).limit(1)).length > 0;
  },
  async seed(tx: Db) {
    const today = chinaToday();
    const units = await tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits);
    const unitIds = new Map(units.map((u) => [u.code, u.id]));
    const unitId = (code: string) => {
      const found = unitIds.get(code);
      if (found === undefined) throw new Error(`org unit ${code} is not seeded`);
      return found;
    };
    const staff = await tx
      .select({ id: users.id, account: users.account })
      .from(users)
      .where(inArray(users.account, ["410105001", "410105002"]));
    const accountIds = new Map(staff.map((s) => [s.account, s.id]));
    const stationOfficerId = accountIds.get(demoAccount("stationOfficer").login) ?? null;

    const lostItems = buildLostItems(today);
    await tx.insert(lostFoundItems).values(
      lostItems.map((item) => {
        const claimant = item.returned ? id(item.returned.claimant.idNumber) : null;
        return {
          itemNumber: item.itemNumber,
          category: item.category,
          description: item.description,
          identifyingMarks: item.identifyingMarks,
          foundPlace: item.foundPlace,
          foundOn: item.foundOn,
          orgUnitId: unitId(item.stationCode),
          status: item.status,
          recordedBy: item.stationCode === demoAccount("stationOfficer").orgUnitCode ? stationOfficerId : null,
          claimantName: item.returned?.claimant.name ?? null,
          claimantIdHash: claimant?.hash ?? null,
          claimantIdEnc: claimant?.enc ?? null,
          returnedAt: item.returned ? new Date(`${addDays(item.foundOn, 2)}T10:00:00+08:00`) : null,
        };
      }),
    );

    const areas = buildCommunityAreas();
    await tx.insert(communityPoliceAreas).values(
      areas.map((a) => ({
        orgUnitId: unitId(a.stationCode),
        community: a.community,
        streets: a.streets,
        officerName: a.officerName,
        policeNumber: a.policeNumber,
        dutyPhone: a.dutyPhone,
        office: a.office,
      })),
    );

    await tx.insert(policeCards).values(
      buildPoliceCards(areas, today).map((c) => ({
        policeNumber: c.policeNumber,
        name: c.name,
        orgUnitId: unitId(c.unitCode),
        issuedOn: c.issuedOn,
        status: c.status,
      })),
    );

    await tx.insert(guardCertificates).values(
      buildGuardCertificates(today).map((g) => {
        const holder = id(g.holder.idNumber);
        return {
          certificateNumber: g.certificateNumber,
          holderName: g.holder.name,
          holderIdHash: holder.hash,
          holderIdEnc: holder.enc,
          orgUnitId: unitId(g.cityCode),
          issuedOn: g.issuedOn,
          validUntil: g.validUntil,
          status: g.status,
          revokedOn: g.revokedOn,
          employer: g.employer,
        };
      }),
    );

    await tx
      .insert(internetFilings)
      .values(filings.map(({ cityCode, ...f }) => ({ ...f, orgUnitId: unitId(desk(cityCode, "3")) })));
    await tx.insert(fraudIndicators).values(
      fraudIndicatorSeed.map(({ flaggedDaysAgo, ...f }) => ({
        ...f,
        flaggedOn: addDays(today, -flaggedDaysAgo),
        orgUnitId: unitId(desk("410100", "3")),
      })),
    );
    await tx.insert(subscriberLines).values(
      buildSubscriberLines().map(({ holderIdNumber, ...l }) => ({
        ...l,
        holderIdHash: hashPii("id", holderIdNumber),
      })),
    );
    await tx.insert(precursorPermits).values(
      precursorPermitSeed.map(({ validFromDaysAgo, validDays, ...p }) => ({
        ...p,
        validFrom: addDays(today, -validFromDaysAgo),
        validUntil: addDays(today, validDays - validFromDaysAgo),
        orgUnitId: unitId(desk("410100", "5")),
      })),
    );

    const citizen = demoAccount("citizen");
    const spare = demoAccount("spareCitizen");
    if (!citizen.idNumber || !spare.idNumber) throw new Error("the demo citizens need ID numbers");
    const me = id(citizen.idNumber);
    const lawyer = id(spare.idNumber);
    const detainee = id(publicQueryDemo.detainee.idNumber);

    const [detention] = await tx
      .insert(detentions)
      .values({
        noticeNumber: publicQueryDemo.detentionNotice,
        detaineeName: publicQueryDemo.detainee.name,
        detaineeIdHash: detainee.hash,
        detaineeIdEnc: detainee.enc,
        measure: "criminal_detention",
        reason: "涉嫌帮助信息网络犯罪活动罪",
        detainedAt: new Date(`${addDays(today, -6)}T21:40:00+08:00`),
        noticeSentAt: new Date(`${addDays(today, -5)}T09:15:00+08:00`),
        facility: "郑州市第一看守所",
        facilityAddress: "河南省郑州市惠济区天河路168号",
        handlingUnitId: unitId(publicQueryDemo.lawyerCase.stationCode),
      })
      .returning({ id: detentions.id });
    if (!detention) throw new Error("detention: no row returned");
    await tx.insert(detentionContacts).values([
      {
        detentionId: detention.id,
        role: "family",
        relation: "哥哥",
        name: citizen.name,
        idNumberHash: me.hash,
        idNumberEnc: me.enc,
      },
      {
        detentionId: detention.id,
        role: "lawyer",
        name: spare.name,
        idNumberHash: lawyer.hash,
        idNumberEnc: lawyer.enc,
        certificateNumber: publicQueryDemo.lawyerCertificate,
        lawFirm: "河南豫法律师事务所",
      },
    ]);

    const [officer] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.account, demoAccount("stationOfficer").login));
    if (!officer) throw new Error("the lawyer's case needs the demo station officer");
    const [lawyerCase] = await tx
      .insert(cases)
      .values({
        caseNumber: publicQueryDemo.lawyerCase.caseNumber,
        type: "criminal",
        title: "张某涉嫌帮助信息网络犯罪活动案",
        handlingUnitId: unitId(publicQueryDemo.lawyerCase.stationCode),
        officerInChargeId: officer.id,
        createdBy: officer.id,
      })
      .returning({ id: cases.id });
    if (!lawyerCase) throw new Error("lawyer case: no row returned");
    await tx.insert(caseNodes).values([
      {
        caseId: lawyerCase.id,
        kind: "accepted",
        occurredOn: addDays(today, -8),
        remark: "接群众报案后受案。",
        recordedBy: officer.id,
      },
      {
        caseId: lawyerCase.id,
        kind: "filed",
        occurredOn: addDays(today, -7),
        remark: "已立案侦查。",
        recordedBy: officer.id,
      },
      {
        caseId: lawyerCase.id,
        kind: "coercive_measure",
        measure: "criminal_detention",
        occurredOn: addDays(today, -6),
        remark: "已刑事拘留，羁押于郑州市第一看守所。",
        recordedBy: officer.id,
      },
    ]);
    await tx.insert(caseLawyers).values({
      caseId: lawyerCase.id,
      name: spare.name,
      certificateNumber: publicQueryDemo.lawyerCertificate,
      lawFirm: "河南豫法律师事务所",
      idNumberHash: lawyer.hash,
      idNumberEnc: lawyer.enc,
      clientName: publicQueryDemo.detainee.name,
      clientIdHash: detainee.hash,
      fileReadingNote:
        "侦查阶段可会见犯罪嫌疑人；案件移送审查起诉后到检察院阅卷。会见请携律师执业证、律师事务所证明和委托书到郑州市第一看守所。",
    });

    const subject = id(publicQueryDemo.treatmentSubject.idNumber);
    const mother = id(demoResidents.mother.idNumber);
    const [treatment] = await tx
      .insert(drugTreatments)
      .values({
        decisionNumber: publicQueryDemo.treatmentDecision,
        subjectName: publicQueryDemo.treatmentSubject.name,
        subjectIdHash: subject.hash,
        subjectIdEnc: subject.enc,
        measure: "compulsory_isolation",
        facility: "河南省第一强制隔离戒毒所",
        visitingNote: "每月第二、第四个星期六上午探视，携带身份证和亲属关系证明，提前一天电话预约。",
        startedOn: addDays(today, -140),
        endsOn: addDays(today, 590),
        orgUnitId: unitId(desk("410100", "5")),
      })
      .returning({ id: drugTreatments.id });
    if (!treatment) throw new Error("treatment: no row returned");
    await tx.insert(drugTreatmentFamily).values([
      {
        treatmentId: treatment.id,
        relation: "姐姐",
        name: demoResidents.mother.name,
        idNumberHash: mother.hash,
        idNumberEnc: mother.enc,
      },
      { treatmentId: treatment.id, relation: "外甥", name: citizen.name, idNumberHash: me.hash, idNumberEnc: me.enc },
    ]);

    const station = unitId(demoAccount("stationOfficer").orgUnitCode!);
    await tx.insert(bailDeposits).values([
      {
        receiptNumber: publicQueryDemo.bailReceipts.refundDue,
        depositorName: citizen.name,
        depositorIdHash: me.hash,
        depositorIdEnc: me.enc,
        amountFen: 1_000_000,
        paidOn: addDays(today, -380),
        bailFrom: addDays(today, -380),
        bailEndedOn: addDays(today, -9),
        status: "refund_due",
        bank: "中国工商银行郑州花园路支行（保证金专户）",
        handlingUnitId: station,
      },
      {
        receiptNumber: publicQueryDemo.bailReceipts.refunded,
        depositorName: citizen.name,
        depositorIdHash: me.hash,
        depositorIdEnc: me.enc,
        amountFen: 500_000,
        paidOn: "2024-03-12",
        bailFrom: "2024-03-12",
        bailEndedOn: "2024-11-20",
        status: "refunded",
        refundedOn: "2024-11-28",
        bank: "中国工商银行郑州花园路支行（保证金专户）",
        handlingUnitId: station,
      },
    ]);

    await tx.insert(officialFilings).values({
      idNumberHash: me.hash,
      employer: "郑州市金水区发展和改革委员会",
      category: "科级以上干部",
      filedOn: "2023-02-15",
      documentsKeptByEmployer: true,
      orgUnitId: unitId(desk("410100", "2")),
    });

    // 张明's crossings get the record numbers printed on the slips the border inspection gave him.
    const crossings = await tx
      .select({ id: borderCrossings.id })
      .from(borderCrossings)
      .where(and(eq(borderCrossings.idNumberHash, me.hash), isNull(borderCrossings.recordNumber)))
      .orderBy(asc(borderCrossings.crossedAt));
    for (const [i, c] of crossings.entries()) {
      await tx
        .update(borderCrossings)
        .set({ recordNumber: `${publicQueryDemo.crossingRecordPrefix}4100${String(20_260_000 + i + 1)}` })
        .where(eq(borderCrossings.id, c.id));
    }
  },
};
