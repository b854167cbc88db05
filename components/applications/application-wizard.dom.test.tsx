// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormSchema } from "@/server/applications/form-schema";
import { renderUi, TrpcRefusal } from "@/test/render-ui";
import { ApplicationWizard } from "./application-wizard";
import type { EditableApplication } from "./editable-application";

const push = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

const schema: FormSchema = {
  version: 1,
  routing: { kind: "applicant" },
  sections: [
    {
      key: "contact",
      title: "联系信息",
      titleEn: "Contact",
      fields: [
        { key: "contactName", type: "text", label: "联系人姓名", labelEn: "Contact name", required: true },
        { key: "reason", type: "textarea", label: "申请理由", labelEn: "Reason" },
      ],
    },
  ],
};

const application = {
  id: "app-1",
  state: "draft",
  version: 1,
  service: {
    code: "HZ023",
    name: "户口簿补领",
    nameEn: "Household register replacement",
    formSchema: schema,
    materials: [{ key: "photo", name: "身份证照片", description: "申请人身份证正反面", required: true }],
    postalDelivery: true,
    postageFeeFen: 1500,
  },
  formData: {},
  materials: [],
  supplementRequest: null,
  delivery: { method: "window" },
  paidAt: null,
  answerStations: [],
} as unknown as EditableApplication;

function renderWizard(trpc: Record<string, (input: never) => unknown>) {
  return renderUi(<ApplicationWizard application={application} initialStep="form" />, {
    trpc,
    namespaces: ["applications", "applicationForm", "errors"],
  });
}

const savedDraft = () => ({ savedAt: new Date("2026-12-07T02:05:00Z"), fieldErrors: {} });

beforeEach(() => push.mockReset());
afterEach(cleanup);

describe("the application wizard", () => {
  it("saves the draft a moment after typing stops", async () => {
    const drafts: unknown[] = [];
    renderWizard({ "applications.saveDraft": (input) => (drafts.push(input), savedDraft()) });
    const user = userEvent.setup();

    expect(screen.getByRole("heading", { name: "第 1 步，共 4 步：填写信息" })).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /联系人姓名/ }), "张明");
    expect(drafts).toEqual([]);

    await waitFor(() => expect(drafts).toEqual([{ id: "app-1", formData: { contactName: "张明" } }]), {
      timeout: 3000,
    });
    expect((await screen.findByText("已保存 10:05")).closest("[role=status]")).toBeTruthy();
  });

  it("says when saving failed and saves again on retry", async () => {
    let fail = true;
    const drafts: unknown[] = [];
    renderWizard({
      "applications.saveDraft": (input) => {
        if (fail) throw new TrpcRefusal("网络错误");
        drafts.push(input);
        return savedDraft();
      },
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /申请理由/ }), "户口簿遗失");

    expect(await screen.findByText("保存失败", {}, { timeout: 3000 })).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole("button", { name: "重试保存" }));
    await screen.findByText("已保存 10:05");
    expect(drafts).toEqual([{ id: "app-1", formData: { reason: "户口簿遗失" } }]);
  });

  it("marks the fields the server found wanting", async () => {
    renderWizard({
      "applications.saveDraft": () => ({ ...savedDraft(), fieldErrors: { contactName: "NAME_INVALID" } }),
    });
    const user = userEvent.setup();
    const name = screen.getByRole("textbox", { name: /联系人姓名/ });
    await user.type(name, "x1");
    await user.tab();

    expect(await screen.findByText("有 1 项信息需要修改，请查看标红的项目。")).toBeTruthy();
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
  });

  it("walks the steps, checks the postal address before leaving, then goes to check the answers", async () => {
    const deliveries: unknown[] = [];
    renderWizard({
      "applications.saveDraft": savedDraft,
      "applications.setDelivery": (input) => (deliveries.push(input), { ok: true }),
    });
    const user = userEvent.setup();
    const steps = screen.getByRole("navigation", { name: "申请步骤" });

    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("heading", { name: "第 2 步，共 4 步：上传材料" })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "第 2 步，共 4 步：上传材料" }));
    expect(steps.querySelector("[aria-current=step]")?.textContent).toContain("上传材料");
    expect(screen.getByText("还有 1 项必需材料没有上传。")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "下一步" }));
    await screen.findByRole("heading", { name: "第 3 步，共 4 步：领取方式" });
    await user.click(screen.getByRole("radio", { name: /邮寄送达/ }));
    await user.click(screen.getByRole("button", { name: "下一步：核对申请信息" }));

    expect(await screen.findByText("请填写收件人姓名。")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "第 3 步，共 4 步：领取方式" })).toBeTruthy();
    expect(deliveries).toEqual([]);
    expect(push).not.toHaveBeenCalled();

    await user.type(screen.getByRole("textbox", { name: /收件人$/ }), "张明");
    await user.type(screen.getByRole("textbox", { name: /收件人手机号码/ }), "138 0013 8000");
    await user.type(screen.getByRole("textbox", { name: /收件地址/ }), "河南省郑州市金水区花园路18号院3号楼501室");
    await user.click(screen.getByRole("button", { name: "下一步：核对申请信息" }));

    await waitFor(() => expect(push).toHaveBeenCalledWith("/me/applications/app-1/review"));
    expect(deliveries).toEqual([
      {
        id: "app-1",
        delivery: {
          method: "post",
          recipient: "张明",
          phone: "13800138000",
          address: "河南省郑州市金水区花园路18号院3号楼501室",
        },
      },
    ]);
  });

  it("goes back a step without losing what was typed", async () => {
    renderWizard({ "applications.saveDraft": savedDraft });
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /联系人姓名/ }), "张明");
    await user.click(screen.getByRole("button", { name: "下一步" }));
    await screen.findByRole("heading", { name: "第 2 步，共 4 步：上传材料" });
    await user.click(screen.getByRole("button", { name: "上一步" }));
    await screen.findByRole("heading", { name: "第 1 步，共 4 步：填写信息" });
    expect(screen.getByRole("textbox", { name: /联系人姓名/ })).toHaveProperty("value", "张明");
  });
});
