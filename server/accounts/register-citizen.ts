import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { uniqueViolation } from "@/db/unique-violation";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii, encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { consumeSmsCode } from "./consume-sms-code";
import { isPhoneRegistered } from "./is-phone-registered";
import { isSpentSmsCode } from "./is-spent-sms-code";
import { matchIdentity } from "./match-identity";
import { parseRegistrationFields, type RegistrationFields } from "./parse-registration-fields";
import { hashPassword } from "./password";
import { checkPasswordRule } from "./password-rule";
import { privacyNotice } from "./privacy-notice";
import { spendSmsCodeTry } from "./spend-sms-code-try";
import { verifySmsCode } from "./verify-sms-code";

export type CitizenRegistration = RegistrationFields & {
  password: string;
  /** The version of the personal-information notice the citizen ticked; only the current one counts. */
  consentVersion: string;
  ip?: string | null;
  now?: Date;
};

export type RegistrationOutcome = { userId: string; verification: "verified" | "unverified" };

/**
 * Creates a citizen account from a phone proven by SMS code and a name + ID number checked against the
 * population register: verified when the register knows the person, unverified when the ID number is
 * valid but not in it. Refused (nothing written but the audit entry) when the name does not fit the ID
 * number, when the phone or the ID number already has an account, or when the code is not good.
 *
 * The code is used up in the transaction that inserts the account, and the unique phone and ID hashes
 * back that up, so a repeated or concurrent submit creates one account and sends one SMS.
 */
export async function registerCitizen(db: Db, params: CitizenRegistration): Promise<RegistrationOutcome> {
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  const extra: Record<string, string> = {};
  const passwordProblem = checkPasswordRule(params.password)[0];
  if (passwordProblem) extra.password = passwordProblem;
  if (params.consentVersion !== privacyNotice.version) extra.consent = "CONSENT_REQUIRED";
  const { phone, code, name, idNumber } = parseRegistrationFields(params, extra);
  const phoneHash = hashPii("phone", phone);

  const refuse = async (reason: string, error: DomainError, subjectIdHash?: string) => {
    await recordAudit(db, {
      actor: { id: null },
      action: "account.register",
      outcome: "denied",
      subjectIdHash,
      details: { phone: maskPhone(phone), reason },
      ip,
    });
    return error;
  };

  const check = await verifySmsCode(db, { purpose: "register", phone, code, now });
  if (!check.ok) {
    // The same form sent again after it succeeded gets the answer that helps: sign in.
    const repeat =
      check.reason === "no_usable_code" && (await isSpentSmsCode(db, { purpose: "register", phone, code }));
    if (repeat && (await isPhoneRegistered(db, phone))) {
      throw await refuse("phone_registered", new DomainError("PHONE_ALREADY_REGISTERED"));
    }
    throw await refuse(check.reason, new DomainError("INVALID_CODE"));
  }
  if (await isPhoneRegistered(db, phone))
    throw await refuse("phone_registered", new DomainError("PHONE_ALREADY_REGISTERED"));

  const identity = await matchIdentity(db, { name, idNumber });
  if (identity.kind === "mismatch") {
    await spendSmsCodeTry(db, { codeId: check.codeId });
    throw await refuse("identity_mismatch", new DomainError("IDENTITY_MISMATCH"), identity.idNumberHash);
  }
  if (identity.kind === "taken") {
    // The account holding this ID number has this very phone: a concurrent copy of this form won.
    if (identity.holder.phoneHash === phoneHash) {
      throw await refuse("phone_registered", new DomainError("PHONE_ALREADY_REGISTERED"));
    }
    throw await refuse("id_registered", idTaken(identity.holder.phoneEnc), identity.idNumberHash);
  }

  const verification = identity.kind === "verified" ? "verified" : "unverified";
  const passwordHash = await hashPassword(params.password);
  let outcome: RegistrationOutcome | null;
  try {
    outcome = await db.transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, { codeId: check.codeId, now }))) return null;
      const [user] = await tx
        .insert(users)
        .values({
          roles: ["citizen"],
          name: identity.kind === "verified" ? identity.registerName : name,
          phoneHash,
          phoneEnc: encryptPii(phone),
          idNumberHash: identity.idNumberHash,
          idNumberEnc: encryptPii(idNumber),
          verification,
          residentId: identity.kind === "verified" ? identity.residentId : null,
          passwordHash,
          consentVersion: privacyNotice.version,
          consentedAt: now,
          createdAt: now,
        })
        .returning({ id: users.id });
      if (!user) throw new Error("registerCitizen: insert returned no row");
      await queueSms(tx, {
        idempotencyKey: `registered:${user.id}`,
        phone,
        template: verification === "verified" ? "registered_verified" : "registered_unverified",
        params: {},
      });
      await recordAudit(tx, {
        actor: { id: user.id, role: "citizen" },
        action: "account.registered",
        targetType: "user",
        targetId: user.id,
        subjectIdHash: identity.idNumberHash,
        details: { phone: maskPhone(phone), verification, consentVersion: privacyNotice.version },
        ip,
      });
      return { userId: user.id, verification };
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === null) throw error;
    // Another registration with the same phone or ID number committed between the checks and the insert.
    if (constraint.includes("phone"))
      throw await refuse("phone_registered", new DomainError("PHONE_ALREADY_REGISTERED"));
    const [holder] = await db
      .select({ phoneHash: users.phoneHash, phoneEnc: users.phoneEnc })
      .from(users)
      .where(eq(users.idNumberHash, identity.idNumberHash));
    // The ID number's account has this very phone: a concurrent copy of this form won.
    if (holder?.phoneHash === phoneHash)
      throw await refuse("phone_registered", new DomainError("PHONE_ALREADY_REGISTERED"));
    throw await refuse("id_registered", idTaken(holder?.phoneEnc ?? null), identity.idNumberHash);
  }
  if (!outcome) {
    // The code was used up by a submit that got there first: a double click, or a second tab.
    const registered = await isPhoneRegistered(db, phone);
    throw await refuse(
      registered ? "phone_registered" : "code_already_used",
      new DomainError(registered ? "PHONE_ALREADY_REGISTERED" : "INVALID_CODE"),
    );
  }
  await kickSmsDispatch();
  return outcome;
}

/** The holder's phone, masked as on every page, tells the person which phone to sign in with. */
function idTaken(holderPhoneEnc: string | null): DomainError {
  return new DomainError("ID_ALREADY_REGISTERED", {
    phone: holderPhoneEnc ? maskPhone(decryptPii(holderPhoneEnc)) : "—",
  });
}
