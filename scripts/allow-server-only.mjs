// Scripts run server modules straight from the command line (`tsx --import ./scripts/allow-server-only.mjs …`:
// migrate, seed, bench). Outside Next nothing sets the react-server condition, so `import "server-only"` would
// throw; these scripts are server code, so it resolves to the package's own no-op for the react-server condition.
import { register } from "node:module";

register("./allow-server-only-hooks.mjs", import.meta.url);
