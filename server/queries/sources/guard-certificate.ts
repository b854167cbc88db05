import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { guardCertificates, orgUnits } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { chinaToday } from "@/server/dates/china-today";
import { normaliseName } from "@/server/population/normalise-name";
import { defineQuerySource, type QueryState } from "../query-source";
import { personName } from "./query-inputs";

/**
 * ZA043 保安员证查询: whether a guard certificate number and holder name go together, and if so whether the
 * certificate is valid, revoked or past its term, with the issuing bureau. The holder is audited (engine),
 * since the answer says something about them.
 */
export const guardCertificate = defineQuerySource({
  key: "guard_certificate",
  register: { name: "保安员证核发登记（治安支队）", nameEn: "Security guard certificates (public order division)" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "certificateNumber",
      type: "text",
      label: "保安员证编号",
      labelEn: "Certificate number",
      required: true,
      inputMode: "numeric",
      maxLength: 20,
    },
    { key: "holderName", type: "text", label: "持证人姓名", labelEn: "Holder's name", required: true, maxLength: 40 },
  ],
  nextSteps: { apply: { name: "保安员证核发", nameEn: "Apply for a guard certificate" } },
  input: z.strictObject({
    certificateNumber: z
      .string()
      .trim()
      .regex(/^\d{10,20}$/, "form.certificateNumber"),
    holderName: personName,
  }),
  async run({ tx, t, now }, input) {
    const [cert] = await tx
      .select({
        holderName: guardCertificates.holderName,
        holderIdHash: guardCertificates.holderIdHash,
        issuedOn: guardCertificates.issuedOn,
        validUntil: guardCertificates.validUntil,
        status: guardCertificates.status,
        revokedOn: guardCertificates.revokedOn,
        issuer: orgUnits.name,
      })
      .from(guardCertificates)
      .innerJoin(orgUnits, eq(orgUnits.id, guardCertificates.orgUnitId))
      .where(eq(guardCertificates.certificateNumber, input.certificateNumber));
    if (!cert || normaliseName(cert.holderName) !== normaliseName(input.holderName)) {
      return {
        records: [
          {
            title: t("queriesPublic.guardCertificate.title", { number: input.certificateNumber }),
            fields: [],
            state: {
              label: t("queriesPublic.guardCertificate.notFound"),
              tone: "urgent",
              meaning: t("queriesPublic.guardCertificate.notFoundMeaning"),
            },
            actions: [],
          },
        ],
      };
    }
    const expired = cert.validUntil !== null && cert.validUntil < chinaToday(now);
    const state: QueryState =
      cert.status === "revoked"
        ? {
            label: t("queriesPublic.guardCertificate.revoked"),
            tone: "urgent",
            meaning: t("queriesPublic.guardCertificate.revokedMeaning", { on: cert.revokedOn ?? "" }),
          }
        : expired
          ? {
              label: t("queriesPublic.guardCertificate.expired"),
              tone: "attention",
              meaning: t("queriesPublic.guardCertificate.expiredMeaning", { on: cert.validUntil ?? "" }),
            }
          : {
              label: t("queriesPublic.guardCertificate.valid"),
              tone: "ok",
              meaning: t("queriesPublic.guardCertificate.validMeaning"),
            };
    return {
      subjects: [cert.holderIdHash],
      records: [
        {
          title: t("queriesPublic.guardCertificate.title", { number: input.certificateNumber }),
          fields: [
            { label: t("queriesPublic.guardCertificate.holder"), value: maskName(cert.holderName) },
            { label: t("queriesPublic.guardCertificate.issuer"), value: cert.issuer },
            { label: t("queriesPublic.guardCertificate.issuedOn"), value: cert.issuedOn },
            {
              label: t("queriesPublic.guardCertificate.validUntil"),
              value: cert.validUntil ?? t("queriesPublic.guardCertificate.noTerm"),
            },
          ],
          state,
          actions: cert.status === "revoked" || expired ? [{ kind: "step" as const, step: "apply" }] : [],
        },
      ],
    };
  },
});
