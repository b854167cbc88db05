import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vercelBlobStore } from "./vercel-blob-store";

const token = "vercel_blob_rw_teststore123_secretpart";

/** A stand-in for the Vercel Blob API: PUT /?pathname=…, POST /delete, and GET on the object URL with the token. */
type Stored = { bytes: Buffer; contentType: string; access: string };
const objects = new Map<string, Stored>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? "/", base);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (req.headers.authorization !== `Bearer ${token}`) {
        return json(403, { error: { code: "forbidden", message: "Access denied" } });
      }
      if (req.method === "PUT" && url.pathname === "/") {
        const pathname = url.searchParams.get("pathname") ?? "";
        if (objects.has(pathname) && req.headers["x-allow-overwrite"] !== "1") {
          return json(400, { error: { code: "bad_request", message: "This blob already exists" } });
        }
        const access = String(req.headers["x-vercel-blob-access"] ?? "");
        objects.set(pathname, { bytes: body, contentType: String(req.headers["x-content-type"] ?? ""), access });
        return json(200, {
          url: `${base}/${pathname}`,
          downloadUrl: `${base}/${pathname}?download=1`,
          pathname,
          contentType: req.headers["x-content-type"],
          contentDisposition: `attachment; filename="${pathname.split("/").pop()}"`,
          etag: '"1"',
        });
      }
      if (req.method === "POST" && url.pathname === "/delete") {
        for (const u of (JSON.parse(body.toString()) as { urls: string[] }).urls)
          objects.delete(new URL(u).pathname.slice(1));
        return json(200, {});
      }
      if (req.method === "GET") {
        const found = objects.get(url.pathname.slice(1));
        if (!found) return json(404, { error: { code: "not_found", message: "The requested blob does not exist" } });
        res.writeHead(200, { "content-type": found.contentType });
        return res.end(found.bytes);
      }
      json(404, { error: { code: "not_found", message: "no route" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.VERCEL_BLOB_API_URL = base;
  process.env.VERCEL_BLOB_RETRIES = "0";
});

afterAll(async () => {
  delete process.env.VERCEL_BLOB_API_URL;
  await new Promise((resolve) => server.close(resolve));
});

describe("Vercel Blob store", () => {
  it("uploads privately, reads back with the token and deletes", async () => {
    const store = vercelBlobStore({ token, apiUrl: base });
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const { location } = await store.put("application_material/2026/11/x.jpg", bytes, "image/jpeg");
    expect(location).toBe(`${base}/application_material/2026/11/x.jpg`);
    expect(objects.get("application_material/2026/11/x.jpg")).toMatchObject({
      access: "private",
      contentType: "image/jpeg",
    });

    expect(await store.get(location)).toEqual(bytes);
    await store.delete(location);
    expect(objects.size).toBe(0);
    expect(await store.get(location)).toBeNull();
  });

  it("never overwrites an existing object", async () => {
    const store = vercelBlobStore({ token, apiUrl: base });
    await store.put("accident_photo/2026/11/y.png", new Uint8Array([1]), "image/png");
    await expect(store.put("accident_photo/2026/11/y.png", new Uint8Array([2]), "image/png")).rejects.toThrow();
    expect(objects.get("accident_photo/2026/11/y.png")?.bytes).toEqual(Buffer.from([1]));
  });

  it("sends its token only to Vercel's blob hosts or the configured API", async () => {
    const store = vercelBlobStore({ token, apiUrl: base });
    await expect(store.get("https://attacker.example/steal")).rejects.toThrow(/not a Vercel Blob URL/);
    await expect(store.get("http://abc.private.blob.vercel-storage.com/x")).rejects.toThrow(/not a Vercel Blob URL/);
    await expect(store.delete("https://attacker.example/steal")).rejects.toThrow(/not a Vercel Blob URL/);
  });

  it("reports a refused read instead of returning nothing", async () => {
    const store = vercelBlobStore({ token: "vercel_blob_rw_teststore123_wrong", apiUrl: base });
    await expect(store.get(`${base}/whatever.jpg`)).rejects.toThrow(/HTTP 403/);
  });
});
