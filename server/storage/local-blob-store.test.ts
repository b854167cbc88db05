import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localBlobStore } from "./local-blob-store";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "jingmin-blobs-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("local blob store", () => {
  it("stores, reads back and deletes an object", async () => {
    const store = localBlobStore(root);
    const bytes = new TextEncoder().encode("%PDF-1.7 sample");
    const { location } = await store.put("application_material/2026/11/a.pdf", bytes, "application/pdf");
    expect(location).toBe("application_material/2026/11/a.pdf");
    expect(await store.get(location)).toEqual(bytes);
    await store.delete(location);
    expect(await store.get(location)).toBeNull();
  });

  it("leaves no temporary files and keeps objects private to the server user", async () => {
    const store = localBlobStore(root);
    await store.put("accident_photo/2026/11/b.jpg", new Uint8Array([1, 2, 3]), "image/jpeg");
    const dir = path.join(root, "accident_photo/2026/11");
    expect(await readdir(dir)).toEqual(["b.jpg"]);
    expect((await stat(path.join(dir, "b.jpg"))).mode & 0o077).toBe(0);
  });

  it("refuses keys that could reach outside its directory", async () => {
    const store = localBlobStore(root);
    for (const key of ["../escape.txt", "a/../../escape", "/etc/passwd", "a\\b", "a//b", "./a", ""]) {
      await expect(store.put(key, new Uint8Array([1]), "image/png"), key).rejects.toThrow(/invalid blob key/);
      await expect(store.get(key), key).rejects.toThrow(/invalid blob key/);
    }
  });
});
