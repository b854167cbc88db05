import type { Rule } from "eslint";

declare const noInlineScopeCheck: Rule.RuleModule;
export default noInlineScopeCheck;
