import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Db, setDbHandle } from "@/db/client";
import type { SessionUser } from "@/server/accounts/session-user";
import { createTestDb } from "@/test/db";

/**
 * The session a route handler sees in a test: `vi.mock("@/server/accounts/current-user", () =>
 * import("@/test/route-session"))`, then `signInAs(user)`; nobody is signed in at the start of each test.
 */
let signedIn: SessionUser | null = null;

export async function currentUser(): Promise<SessionUser | null> {
  return signedIn;
}

export function signInAs(user: SessionUser | null) {
  signedIn = user;
}

type TestDb = Awaited<ReturnType<typeof createTestDb>>;

/**
 * A fresh test database that route handlers reach through getDb() for the whole file, and nobody signed in
 * before each test. Call it before the file's own hooks; `.db` is there once its beforeAll has run.
 */
export function routeTestDb(): { readonly db: Db } {
  let handle: TestDb | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
    setDbHandle(handle);
  });
  afterAll(async () => {
    setDbHandle(undefined);
    await handle?.close();
  });
  beforeEach(() => signInAs(null));
  return {
    get db() {
      if (!handle) throw new Error("routeTestDb: the database is made in beforeAll");
      return handle.db;
    },
  };
}
