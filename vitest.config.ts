import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Tests run server modules outside Next's react-server condition, where `import "server-only"` would throw.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

const intFiles = ["server", "db", "components", "inngest", "app", "test"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.int\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f)),
);
const mocksItsOwn = intFiles.filter((f) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(f, "utf8")));
/** A path as a glob that matches only itself: route folders like [id] and (citizen) are glob syntax. */
const literal = (file: string) => file.replace(/[[\]()*?{}!+@]/g, "\\$&");

const integration = {
  setupFiles: ["test/env.ts", "test/int-setup.ts"],
  globalSetup: ["test/global-setup.ts"],
  environment: "node",
  testTimeout: 30_000,
  hookTimeout: 120_000,
  pool: "forks",
  maxWorkers: 2,
} satisfies TestProjectInlineConfiguration["test"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{server,db,components,inngest,app,scripts,eslint}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          setupFiles: ["test/env.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "int",
          include: intFiles.filter((f) => !mocksItsOwn.includes(f)).map(literal),
          // Loading the server's modules was most of each file's time; sharing them across the files of a
          // worker more than halved the run. test/int-setup.ts resets what a file could leave behind.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        // A file that mocks a module of its own needs a module graph of its own, or the mock would leak.
        test: { ...integration, name: "int-mocking", include: mocksItsOwn.map(literal) },
      },
    ],
  },
});
