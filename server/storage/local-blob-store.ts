import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BlobStore } from "./blob-store";
import { assertBlobKey } from "./blob-key";

/**
 * The embedded default: one file per object under `root`. Writes go to a temporary file that is then
 * renamed, so a reader never sees half an object and a crash never leaves one behind under the key.
 */
export function localBlobStore(root: string): BlobStore {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    const file = path.resolve(base, assertBlobKey(key));
    if (!file.startsWith(base + path.sep)) throw new Error("invalid blob key");
    return file;
  };

  return {
    name: "local",
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { location: key };
    },
    async get(location) {
      try {
        return new Uint8Array(await readFile(fileOf(location)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(location) {
      await rm(fileOf(location), { force: true });
    },
  };
}
