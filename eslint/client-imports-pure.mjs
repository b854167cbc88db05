import fs from "node:fs";
import { builtinModules } from "node:module";
import { projectPath, resolveLocalImport } from "./resolve-local-import.mjs";

/**
 * A "use client" module ships to the browser, so what it imports for its values must be pure: nothing that reaches,
 * through any chain of value imports, the database, secrets, the session or Node. Type imports are free (they are
 * erased); so is another "use client" module (this rule checks it on its own) or a "use server" one. A table of
 * db/schema is not pure (it drags drizzle along); a plain vocabulary module beside it is. Purity is computed, not
 * declared, so a shared module that later starts reading the database fails here at once, not in the client bundle.
 */
const serverPackages = [
  "server-only",
  "drizzle-orm",
  "pg",
  "@electric-sql/pglite",
  "@neondatabase/serverless",
  "next/headers",
  "next-auth",
  "@node-rs/argon2",
  "sharp",
  "@vercel/blob",
  "inngest",
  "ws",
];
const clientSafeSubpaths = new Set(["next-auth/react"]);
const builtins = new Set(builtinModules);

function serverPackage(specifier) {
  if (clientSafeSubpaths.has(specifier)) return false;
  if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0])) return true;
  return serverPackages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+([^;'"]*?)\s*from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

function typeOnly(clause) {
  if (/^type\s/.test(clause)) return true;
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces) return false;
  const names = braces[1]
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith("type "));
}

/** The value imports of a file's text (type-only imports left out). */
function valueImports(text) {
  const found = [];
  for (const match of text.matchAll(importPattern)) {
    if (match[3]) found.push(match[3]);
    else if (!typeOnly(match[1].trim())) found.push(match[2]);
  }
  return found;
}

/** A "use client" module is checked on its own; a "use server" module reaches the client as references only. */
const boundary = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use (?:client|server)["']/;
const verdicts = new Map();

/** Why a project file is not pure (the chain of imports to the first server thing), or null when it is. */
export function impurity(file) {
  if (verdicts.has(file)) return verdicts.get(file);
  verdicts.set(file, null);
  const text = fs.readFileSync(file, "utf8");
  let verdict = null;
  if (!boundary.test(text)) {
    for (const specifier of valueImports(text)) {
      if (serverPackage(specifier)) {
        verdict = [specifier];
        break;
      }
      const target = resolveLocalImport(file, specifier);
      if (!target) continue;
      const deeper = impurity(target);
      if (deeper) {
        verdict = [projectPath(target), ...deeper];
        break;
      }
    }
  }
  verdicts.set(file, verdict);
  return verdict;
}

export default {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module imports values only from pure modules' },
    schema: [],
    messages: {
      serverPackage: '"use client" module imports "{{source}}", which only runs on the server.',
      impure:
        '"use client" module imports {{source}}, which is not pure: {{chain}}. Move what the client needs into a pure module.',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const first = source.ast.body[0];
    if (!(first?.type === "ExpressionStatement" && first.directive === "use client")) return {};
    const file = context.filename;

    function check(node) {
      if (!node.source || node.importKind === "type" || node.exportKind === "type") return;
      if (
        node.type === "ImportDeclaration" &&
        node.specifiers.length > 0 &&
        node.specifiers.every((s) => s.importKind === "type")
      )
        return;
      const specifier = node.source.value;
      if (serverPackage(specifier)) {
        context.report({ node, messageId: "serverPackage", data: { source: specifier } });
        return;
      }
      const target = resolveLocalImport(file, specifier);
      if (!target) return;
      const chain = impurity(target);
      if (chain) context.report({ node, messageId: "impure", data: { source: specifier, chain: chain.join(" → ") } });
    }

    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
