import type { Rule } from "eslint";

declare const noInlineScopeCheck: { rules: { "no-inline-scope-check": Rule.RuleModule } };
export default noInlineScopeCheck;
