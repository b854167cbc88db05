// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { inferRouterOutputs } from "@trpc/server";
import { afterEach, describe, expect, it } from "vitest";
import type { AppRouter } from "@/server/routers/_app";
import { renderUi } from "@/test/render-ui";
import { AccidentLive } from "./accident-live";

type Accident = inferRouterOutputs<AppRouter>["accidents"]["get"];
type Party = Accident["parties"][number];

const picc = { code: "PICC", name: "中国人民财产保险", nameEn: "PICC" };
const party = (position: number, name: string, extra: Partial<Party> = {}): Party => ({
  id: `party-${position}`,
  position,
  name,
  licenceNumber: "4101**********1234",
  plateNumber: position === 1 ? "豫A12345" : "豫A67890",
  insurer: picc,
  phone: "138****8000",
  statement: null,
  claimedLiability: null,
  signed: false,
  liability: null,
  assessedLossFen: null,
  assessedAt: null,
  paidFen: null,
  paidAt: null,
  ...extra,
});
const slots = ["collision", "panorama"].map((slot) => ({
  slot,
  blobId: `blob-${slot}`,
  uploadedAt: new Date("2026-12-07T02:00:00Z"),
}));

const gathering: Accident = {
  id: "acc-1",
  code: "482915",
  status: "gathering",
  version: 1,
  occurredAt: new Date("2026-12-07T01:30:00Z"),
  place: "郑州市金水区花园路与农业路交叉口",
  partyCount: 2,
  awaitingSince: null,
  lastPhotoAt: null,
  retakeSlot: null,
  retakeNote: null,
  decidedAt: null,
  decisionRule: null,
  decisionNote: null,
  document: null,
  parties: [party(1, "张*")],
  slots,
  myPartyId: "party-1",
} as Accident;

/** The server's side of the accident: the test moves it on, the page finds out by polling. */
function server(start: Accident) {
  let current = start;
  return {
    set: (next: Partial<Accident>) => {
      current = { ...current, ...next, version: current.version + 1 };
    },
    handlers: {
      "accidents.get": () => current,
      "accidents.version": () => ({ version: current.version }),
    } as Record<string, (input: never) => unknown>,
  };
}

afterEach(cleanup);

describe("the live accident page", () => {
  it("shows the other party joining and the next step without a reload", async () => {
    const accident = server(gathering);
    renderUi(<AccidentLive id="acc-1" qrDataUrl={null} />, { trpc: accident.handlers, namespaces: ["accidents"] });

    expect((await screen.findByTestId("accident-status")).textContent).toBe("取证中");
    expect(screen.getByRole("heading", { name: "当事人（1/2）" })).toBeTruthy();
    expect(screen.getByText("等待乙方加入…")).toBeTruthy();
    expect(screen.getByTestId("accident-code").textContent).toBe("482915");

    accident.set({ status: "agreeing", parties: [party(1, "张*"), party(2, "李*")] });

    await waitFor(() => expect(screen.getByTestId("accident-status").textContent).toBe("协商签字中"), {
      timeout: 10_000,
    });
    expect(screen.getByRole("heading", { name: "当事人（2/2）" })).toBeTruthy();
    expect(within(screen.getByTestId("accident-parties")).getByText(/乙方 李\*/)).toBeTruthy();
    expect(screen.queryByTestId("accident-code")).toBeNull();
    expect(screen.getByRole("combobox", { name: "我的责任" })).toBeTruthy();
  });

  it("sends the party's liability choice and shows it taken", async () => {
    const accident = server({ ...gathering, status: "agreeing", parties: [party(1, "张*"), party(2, "李*")] });
    const claims: unknown[] = [];
    accident.handlers["accidents.claimLiability"] = (input) => {
      claims.push(input);
      accident.set({
        parties: [party(1, "张*", { claimedLiability: "full", statement: "倒车时未注意后方" }), party(2, "李*")],
      });
      return { ok: true };
    };
    renderUi(<AccidentLive id="acc-1" qrDataUrl={null} />, { trpc: accident.handlers, namespaces: ["accidents"] });

    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "我的责任" }), "我负全部责任");
    await userEvent.type(screen.getByRole("textbox", { name: "事故经过（选填）" }), "倒车时未注意后方");
    await userEvent.click(screen.getByRole("button", { name: "确认我的选择" }));

    await waitFor(() => expect(claims).toEqual([{ id: "acc-1", liability: "full", statement: "倒车时未注意后方" }]));
    expect((await screen.findByText("等待其他当事人选择…")).getAttribute("role")).toBe("status");
  });

  it("shows the officer's determination and its document once decided", async () => {
    const accident = server({
      ...gathering,
      status: "awaiting_determination",
      parties: [party(1, "张*"), party(2, "李*")],
    });
    renderUi(<AccidentLive id="acc-1" qrDataUrl={null} />, { trpc: accident.handlers, namespaces: ["accidents"] });
    expect((await screen.findByTestId("accident-waiting")).textContent).toContain("等待交警远程定责");

    accident.set({
      status: "determined",
      decisionRule: "倒车的，负全部责任",
      document: { code: "ABCD-EFGH-JKLM-NPQR", pdfBlobId: "pdf-1", kind: "accident_determination" },
      parties: [party(1, "张*", { liability: "full" }), party(2, "李*", { liability: "none" })],
    });

    const settled = await screen.findByTestId("accident-settled", {}, { timeout: 10_000 });
    expect(within(settled).getByText("责任已确定")).toBeTruthy();
    expect(within(settled).getByText("甲方 张*：全部责任")).toBeTruthy();
    expect(within(settled).getByText("乙方 李*：无责任")).toBeTruthy();
    expect(within(settled).getByRole("link", { name: "下载认定书（PDF）" }).getAttribute("href")).toBe(
      "/api/blob/pdf-1",
    );
    expect(within(settled).getByRole("link", { name: "核验文书" }).getAttribute("href")).toBe(
      "/verify/ABCD-EFGH-JKLM-NPQR",
    );
    expect(screen.queryByTestId("accident-waiting")).toBeNull();
  });
});
