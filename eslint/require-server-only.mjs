/**
 * A module that touches the database (imports the db client or drizzle's query builders) imports "server-only", so
 * that pulling it into a client bundle fails the build instead of shipping queries — or an attempt at them — to
 * the browser. Schema files (drizzle-orm/pg-core) are data definitions and exempt; type-only imports are erased.
 */
const databaseModules = new Set(["@/db/client", "drizzle-orm"]);

export default {
  meta: {
    type: "problem",
    docs: { description: 'Modules that touch the database import "server-only"' },
    schema: [],
    messages: { missing: 'This module imports {{source}}: add `import "server-only";` at the top.' },
  },
  create(context) {
    let marked = false;
    let touches = null;
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (source === "server-only") marked = true;
        if (node.importKind === "type" || !databaseModules.has(source)) return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
        touches ??= node;
      },
      "Program:exit"() {
        if (touches && !marked)
          context.report({ node: touches, messageId: "missing", data: { source: touches.source.value } });
      },
    };
  },
};
