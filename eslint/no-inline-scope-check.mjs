/**
 * Jurisdiction by construction: whether a row lies inside an officer's subtree is decided in one module,
 * server/orgs/scope.ts, and reached through the loaders (loadXForActor) and list queries that take the
 * scope. This rule flags the hand-written checks that used to stand in for them:
 *   - `<something>path.startsWith(…)` / `….startsWith(scope.path)`: a subtree test on an org path;
 *   - a template literal `${….path}%`: a LIKE pattern built on an org path;
 *   - a call of one of the retired helper names (they were renamed; a copy under the old name is a copy).
 */

const retiredNames = [
  "withinJurisdiction",
  "pathWithin",
  "assertUnitInJurisdiction",
  "loadCaseInScope",
  "accidentInScope",
  "openApplicationForOfficer",
];

/** The module that owns the subtree test: the only file allowed to write one. */
const scopeModule = /(^|[\\/])server[\\/]orgs[\\/]scope\.ts$/;

function nameOf(node) {
  if (!node) return null;
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier")
    return node.property.name;
  if (node.type === "ChainExpression") return nameOf(node.expression);
  return null;
}

/** `path`, `stationPath`, `unitPath`…: a name that holds a materialised org path. */
function isPathName(name) {
  return name === "path" || (name !== null && /[a-z]Path$/.test(name));
}

const rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Jurisdiction checks go through server/orgs/scope.ts and the loadXForActor loaders, never written inline",
    },
    schema: [],
    messages: {
      startsWith:
        "Inline subtree check on an org path: use inScope(scope, path) from server/orgs/scope.ts, or the entity's loadXForActor.",
      likePattern: "LIKE pattern built on an org path: use withinScope(scope, column) from server/orgs/scope.ts.",
      retired: "{{name}} was retired: use the scope helpers of server/orgs/scope.ts or the entity's loadXForActor.",
    },
  },
  create(context) {
    if (scopeModule.test(context.filename ?? "")) return {};
    return {
      CallExpression(node) {
        const callee = node.callee.type === "ChainExpression" ? node.callee.expression : node.callee;
        const calleeName = nameOf(callee);
        if (calleeName && retiredNames.includes(calleeName)) {
          context.report({ node, messageId: "retired", data: { name: calleeName } });
          return;
        }
        if (callee.type !== "MemberExpression" || calleeName !== "startsWith") return;
        const subject = nameOf(callee.object);
        const argument = nameOf(node.arguments[0]);
        if (isPathName(subject) || isPathName(argument)) context.report({ node, messageId: "startsWith" });
      },
      TemplateLiteral(node) {
        node.expressions.forEach((expression, i) => {
          const after = node.quasis[i + 1]?.value.cooked ?? "";
          if (isPathName(nameOf(expression)) && after.startsWith("%"))
            context.report({ node, messageId: "likePattern" });
        });
      },
      ImportSpecifier(node) {
        const imported = node.imported.type === "Identifier" ? node.imported.name : node.imported.value;
        if (retiredNames.includes(imported)) context.report({ node, messageId: "retired", data: { name: imported } });
      },
    };
  },
};

export default rule;
