import "./env";
import { buildPostgresTemplate, dropStaleTestDatabases, testDbKind } from "./db";

export default async function setup() {
  if (testDbKind() !== "postgres") return;
  await dropStaleTestDatabases();
  await buildPostgresTemplate();
}
