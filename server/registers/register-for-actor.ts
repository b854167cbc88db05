import "server-only";
import type { Role } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { RegisterDefinition } from "./register-definition";
import type { RegisterKey } from "./register-keys";
import { registerDefinitions } from "./registers";

/** The register's definition for an officer who holds one of its roles; FORBIDDEN for anyone else. */
export function registerForActor(user: { roles: readonly Role[] }, key: RegisterKey): RegisterDefinition {
  const def = registerDefinitions[key];
  if (!user.roles.some((r) => (def.roles as readonly Role[]).includes(r))) throw new DomainError("FORBIDDEN");
  return def;
}
