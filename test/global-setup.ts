import "./env";
import { buildPostgresTemplate, dropDatabase, dropStaleTestDatabases, testDbKind } from "./db";

export default async function setup() {
  if (testDbKind() !== "postgres") return;
  await dropStaleTestDatabases();
  const template = await buildPostgresTemplate();
  process.env.JINGMIN_TEST_TEMPLATE = template;
  return async () => {
    await dropDatabase(template);
  };
}
