/**
 * Runs once per server process before it takes requests. On the embedded defaults the app must work
 * from a fresh clone, so it migrates and seeds its own PGlite database and runs background jobs in
 * process. Everything is imported dynamically inside the Node.js branch so the edge bundle stays free
 * of Node-only modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHook } = await import("@/server/security/install-peer-address-hook");
    installPeerAddressHook();
    const { databaseDriver, jobsMode } = await import("@/server/env");
    const { logError, logInfo } = await import("@/server/log");
    try {
      if (databaseDriver() === "pglite") {
        const { getDbHandle, migrateDb } = await import("@/db/client");
        const { seedDatabase } = await import("@/server/seed/seed-database");
        // The process-wide handle: a second PGlite on the same folder would corrupt it.
        const handle = await getDbHandle();
        await migrateDb(handle);
        const { seeded } = await seedDatabase(handle.db);
        logInfo(seeded ? "embedded database migrated and seeded with demo data" : "embedded database migrated");
      }
      if (jobsMode() === "in-process") {
        const { startEmbeddedJobs } = await import("@/server/jobs/start-embedded-jobs");
        startEmbeddedJobs();
      }
    } catch (error) {
      logError("embedded startup failed", error);
      throw error;
    }
  }
}
