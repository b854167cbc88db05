import { parentPort } from "node:worker_threads";
import { renderDocumentPdf } from "./render-document-pdf";
import type { PdfRenderReply, PdfRenderRequest } from "./render-pdf-off-thread";

/**
 * The worker thread that draws documents for render-pdf-off-thread.ts: the same renderer, on a thread of its
 * own, so drawing a page does not hold up the requests on the main event loop.
 */
parentPort?.postMessage({ ready: true } satisfies PdfRenderReply);
parentPort?.on("message", (request: PdfRenderRequest) => {
  renderDocumentPdf({ ...request.input, issuedAt: new Date(request.issuedAt) }).then(
    (pdf) => parentPort?.postMessage({ id: request.id, pdf } satisfies PdfRenderReply, [pdf.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies PdfRenderReply),
  );
});
