// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderUi } from "@/test/render-ui";
import { DocumentPdfLink } from "./document-pdf-link";

afterEach(cleanup);

describe("DocumentPdfLink", () => {
  it("links the PDF in a new tab once it is drawn", () => {
    renderUi(<DocumentPdfLink blobId="5f0c6a3e-7d1b-4c55-9a10-2b8f9e1d4c77">下载</DocumentPdfLink>, {
      namespaces: ["common"],
    });
    const link = screen.getByRole("link", { name: "下载" });
    expect(link.getAttribute("href")).toBe("/api/blob/5f0c6a3e-7d1b-4c55-9a10-2b8f9e1d4c77");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("says the PDF is being prepared, with no dead link, while it is drawn", () => {
    renderUi(<DocumentPdfLink blobId={null}>下载</DocumentPdfLink>, { namespaces: ["common"] });
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("文件正在生成，请稍后刷新本页下载。");
  });
});
