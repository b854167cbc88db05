import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run server modules outside Next's react-server condition, where `import "server-only"` would throw.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

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
          name: "int",
          include: ["{server,db,components,inngest,app,test}/**/*.int.test.{ts,tsx}"],
          setupFiles: ["test/env.ts"],
          globalSetup: ["test/global-setup.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
        },
      },
    ],
  },
});
