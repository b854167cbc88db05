import { Worker } from "node:worker_threads";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfRenderReply, PdfRenderRequest } from "./render-pdf-off-thread";

/**
 * The worker the built app draws documents on, run as a real worker thread. The app loads it bundled by Next;
 * here tsx loads its TypeScript source, which is the only difference.
 */
let worker: Worker;
const replies: PdfRenderReply[] = [];

beforeAll(async () => {
  // A Node 20 worker cannot load TypeScript; tsx's loader, registered inside the thread, can.
  const entry = new URL("./pdf-render-worker.ts", import.meta.url).href;
  worker = new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
  worker.on("message", (reply: PdfRenderReply) => replies.push(reply));
  await waitFor((r) => "ready" in r);
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
});

async function waitFor(match: (reply: PdfRenderReply) => boolean): Promise<PdfRenderReply> {
  for (let i = 0; i < 600; i++) {
    const found = replies.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the worker did not answer");
}

const request = (id: number, title: string): PdfRenderRequest => ({
  id,
  input: {
    code: "7KQ4-M2XP-9TRW-HB3D",
    title,
    holderName: "刘伟",
    facts: [{ label: "准驾车型", labelEn: "Class", value: "C1" }],
    issuingUnitName: "郑州市公安局交通警察支队车辆管理所",
    baseUrl: "https://jmt.example.gov.cn",
  },
  issuedAt: "2026-12-08T01:00:00.000Z",
});

describe("the PDF worker", () => {
  it("says it is ready, then answers each request with the page of that request", async () => {
    worker.postMessage(request(1, "机动车驾驶证（期满换证）"));
    worker.postMessage(request(2, "机动车驾驶证（补领）"));
    const [first, second] = [
      await waitFor((r) => "id" in r && r.id === 1),
      await waitFor((r) => "id" in r && r.id === 2),
    ];
    if (!first || !("pdf" in first) || !second || !("pdf" in second)) throw new Error("no PDF in a reply");
    expect((await PDFDocument.load(first.pdf)).getTitle()).toBe("机动车驾驶证（期满换证）");
    const doc = await PDFDocument.load(second.pdf);
    expect(doc.getTitle()).toBe("机动车驾驶证（补领）");
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-12-08T01:00:00.000Z");
  }, 60_000);

  it("answers a request it cannot draw with the error, and keeps working", async () => {
    worker.postMessage({ ...request(3, "x"), input: { ...request(3, "x").input, facts: null } });
    const failed = await waitFor((r) => "id" in r && r.id === 3);
    expect("error" in failed && failed.error).toBeTruthy();
    worker.postMessage(request(4, "户口登记办理回执"));
    const after = await waitFor((r) => "id" in r && r.id === 4);
    expect("pdf" in after).toBe(true);
  }, 60_000);
});
