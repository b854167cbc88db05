// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ServiceMaterial } from "@/db/schema";
import { renderUi } from "@/test/render-ui";
import { MaterialCard } from "./material-card";

/** The browser's XMLHttpRequest, played by the test: it reports progress and answers when told. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  responseType = "";
  status = 0;
  response: unknown = null;
  url = "";
  body: FormData | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  answer(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    act(() => this.onload?.());
  }
}

const birthCertificate: ServiceMaterial = {
  key: "birth",
  name: "出生医学证明",
  description: "新生儿的出生医学证明",
  required: true,
};

function renderCard(onUploaded = vi.fn()) {
  renderUi(
    <MaterialCard
      applicationId="app-1"
      material={birthCertificate}
      files={[]}
      editable
      onUploaded={onUploaded}
      onRemoved={vi.fn()}
    />,
    { namespaces: ["applications"] },
  );
  return { onUploaded, input: screen.getByLabelText("为“出生医学证明”选择文件") as HTMLInputElement };
}

function pdf(name: string, bytes = 1024) {
  return new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("uploading a material", () => {
  it("shows the real progress, then lists the file and says so", async () => {
    const { onUploaded, input } = renderCard();
    await userEvent.upload(input, pdf("证明.pdf"));

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const request = FakeXhr.sent[0]!;
    expect(request.url).toBe("/api/applications/app-1/materials");
    expect(request.body?.get("materialKey")).toBe("birth");

    request.progress(40, 100);
    const bar = screen.getByRole("progressbar", { name: /正在上传 证明\.pdf 40%/ });
    expect(bar.getAttribute("value")).toBe("40");

    const stored = {
      id: "m-1",
      materialKey: "birth",
      blobId: "b-1",
      fileName: "证明.pdf",
      contentType: "application/pdf",
      size: 1024,
      createdAt: "2026-12-07T02:00:00Z",
    };
    request.answer(201, stored);
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(stored));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("证明.pdf 已上传。");
  });

  it("refuses a file of the wrong type before sending anything", async () => {
    const { onUploaded, input } = renderCard();
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(input, new File(["hello"], "说明.txt", { type: "text/plain" }));

    expect((await screen.findByRole("alert")).textContent).toBe(
      "“说明.txt”的格式不支持。请上传 JPG、PNG、WebP 图片或 PDF 文件。",
    );
    expect(input.getAttribute("aria-describedby")).toBe(screen.getByRole("alert").id);
    expect(FakeXhr.sent).toHaveLength(0);
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it("refuses a PDF over 10 MB before sending anything", async () => {
    const { input } = renderCard();
    await userEvent.upload(input, pdf("扫描件.pdf", 11 * 1024 * 1024));

    expect((await screen.findByRole("alert")).textContent).toContain("“扫描件.pdf”有 11.0 MB，超过 10 MB。");
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it("shows the server's own refusal as it words it", async () => {
    const { onUploaded, input } = renderCard();
    await userEvent.upload(input, pdf("证明.pdf"));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));

    FakeXhr.sent[0]!.answer(422, { code: "MATERIAL_UNREADABLE", message: "文件已损坏，无法打开。" });
    expect((await screen.findByRole("alert")).textContent).toBe("文件已损坏，无法打开。");
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it("stops an upload when the citizen cancels it", async () => {
    const { onUploaded, input } = renderCard();
    await userEvent.upload(input, pdf("证明.pdf"));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0]!.progress(10, 100);

    await userEvent.click(screen.getByRole("button", { name: "取消上传" }));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onUploaded).not.toHaveBeenCalled();
  });
});
