import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import noInlineScopeCheck from "./no-inline-scope-check.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
});
const rule = noInlineScopeCheck;

tester.run("no-inline-scope-check", rule, {
  valid: [
    { code: `const row = await loadCaseForActor(db, { actor, caseId });`, filename: "server/cases/get-case.ts" },
    {
      code: `if (!inScope(actor.scope, app.stationPath)) throw new DomainError("OUT_OF_JURISDICTION");`,
      filename: "server/household/x.ts",
    },
    { code: `where(withinScope(scope, orgUnits.path))`, filename: "server/orgs/list-org-units.ts" },
    { code: `if (name.startsWith("张")) count++;`, filename: "server/accounts/x.ts" },
    { code: "const pattern = `${prefix}%`;", filename: "server/catalog/x.ts" },
    // The scope module is where the one subtree test lives.
    {
      code: "export const inScope = (scope, path) => path.startsWith(scope.path); const p = `${scope.path}%`;",
      filename: "/repo/server/orgs/scope.ts",
    },
  ],
  invalid: [
    {
      code: `if (!row.path.startsWith(p.scope.path)) throw new Error();`,
      filename: "server/appointments/x.ts",
      errors: [{ messageId: "startsWith" }],
    },
    {
      code: `const ok = app.stationPath?.startsWith(scope.path);`,
      filename: "server/household/x.ts",
      errors: [{ messageId: "startsWith" }],
    },
    { code: `const ok = path.startsWith(prefix);`, filename: "server/x.ts", errors: [{ messageId: "startsWith" }] },
    {
      code: "where(like(orgUnits.path, `${scope.path}%`))",
      filename: "server/orgs/x.ts",
      errors: [{ messageId: "likePattern" }],
    },
    {
      code: `import { pathWithin } from "@/server/orgs/jurisdiction"; pathWithin(scope, row.path);`,
      filename: "server/x.ts",
      errors: [{ messageId: "retired" }, { messageId: "retired" }],
    },
    {
      code: `await accidentInScope(db, p);`,
      filename: "server/accidents/x.ts",
      errors: [{ messageId: "retired", data: { name: "accidentInScope" } }],
    },
  ],
});
