"use server";

import "server-only";
import { headers } from "next/headers";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { requestMetaFrom } from "@/server/trpc";

/** Ends this browser's session; staff land on their own sign-in page, everyone else on the portal. */
export async function signOutAction() {
  const user = await currentUser();
  if (user) {
    const meta = requestMetaFrom(await headers());
    await recordAudit(await getDb(), {
      actor: { id: user.id, role: user.roles.join(","), orgUnitId: user.orgUnitId },
      action: "auth.sign_out",
      targetType: "user",
      targetId: user.id,
      ip: meta.ip,
      correlationId: meta.correlationId,
    });
  }
  await signOut({ redirectTo: user && !isCitizen(user) ? "/staff/login" : "/" });
}
