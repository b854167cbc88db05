import "server-only";
import { Worker } from "node:worker_threads";
import { logError, logInfo } from "@/server/log";
import { type DocumentPdfInput, renderDocumentPdf } from "./render-document-pdf";

export type PdfRenderRequest = { id: number; input: Omit<DocumentPdfInput, "issuedAt">; issuedAt: string };
export type PdfRenderReply = { ready: true } | { id: number; pdf: Uint8Array } | { id: number; error: string };

type Waiting = { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
/** Set once the worker could not start or died: this process then draws on its own thread. */
let unavailable = false;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  const started = new Worker(new URL("./pdf-render-worker.ts", import.meta.url));
  let ready = false;
  started.on("message", (reply: PdfRenderReply) => {
    if ("ready" in reply) {
      ready = true;
      return;
    }
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) entry?.reject(new Error(reply.error));
    else entry?.resolve(reply.pdf);
  });
  const fail = (error: Error) => {
    if (worker !== started) return;
    // Where the worker cannot start at all (vitest and tsx run this module as TypeScript source, which a Node
    // 20 worker cannot load) that is how this runtime is, not a fault; a worker that dies after starting is.
    if (ready) logError("the PDF worker stopped; documents are drawn on the main thread", error);
    else logInfo("no PDF worker in this runtime; documents are drawn on the main thread", { reason: error.message });
    unavailable = true;
    worker = undefined;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`PDF worker exited with code ${code}`)));
  // An idle worker must not keep a finishing process (a script, a replica shutting down) alive.
  started.unref();
  return started;
}

/**
 * Draws a document's PDF on a worker thread: the page's font subsetting and compression take about 14 ms of
 * CPU, which on the main thread delays every other request in flight (a submission's decision among them).
 * Falls back to the main thread where no worker can run, or when the worker fails, so no document waits on it.
 */
export async function renderPdfOffThread(input: DocumentPdfInput): Promise<Uint8Array> {
  if (unavailable) return renderDocumentPdf(input);
  worker ??= startWorker();
  const id = ++nextId;
  const { issuedAt, ...rest } = input;
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker?.postMessage({ id, input: rest, issuedAt: issuedAt.toISOString() } satisfies PdfRenderRequest);
    });
  } catch {
    // The worker's failure is logged where it happened; a fault of the renderer itself throws again here.
    return renderDocumentPdf(input);
  }
}
