import { describe, expect, it } from "vitest";
import { databaseDriver, devToolsEnabled, type Env, jobsMode } from "./env";

const base = { NODE_ENV: "production", DATA_DIR: ".data", SMS_PROVIDER: "outbox" } as Env;

describe("choosing the embedded default or the production adapter", () => {
  it("uses PGlite when DATABASE_URL is unset", () => {
    expect(databaseDriver(base)).toBe("pglite");
  });
  it("uses node-postgres for a plain postgres URL and Neon for a neon.tech host", () => {
    expect(databaseDriver({ ...base, DATABASE_URL: "postgres://u@db.internal:5432/jm" })).toBe("pg");
    expect(databaseDriver({ ...base, DATABASE_URL: "postgresql://u:p@ep-cool-1.eu-central-1.aws.neon.tech/jm" })).toBe(
      "neon",
    );
  });
  it("lets DATABASE_DRIVER override the guess", () => {
    expect(databaseDriver({ ...base, DATABASE_URL: "postgres://127.0.0.1/jm", DATABASE_DRIVER: "neon" })).toBe("neon");
  });
  it("runs jobs in process unless Inngest is configured", () => {
    expect(jobsMode(base)).toBe("in-process");
    expect(jobsMode({ ...base, INNGEST_SIGNING_KEY: "signkey-prod-x" })).toBe("inngest");
    expect(jobsMode({ ...base, INNGEST_DEV: "1" })).toBe("inngest");
  });
  it("never shows the dev tools (which reveal SMS codes) in a production build unless asked", () => {
    expect(devToolsEnabled(base)).toBe(false);
    expect(devToolsEnabled({ ...base, DEV_TOOLS: "1" })).toBe(true);
    expect(devToolsEnabled({ ...base, NODE_ENV: "development" })).toBe(true);
    expect(devToolsEnabled({ ...base, NODE_ENV: "development", SMS_PROVIDER: "aliyun" })).toBe(false);
  });
});
