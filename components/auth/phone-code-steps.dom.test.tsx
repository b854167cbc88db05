// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PasswordResetFlow } from "@/app/(citizen)/(full)/login/reset/password-reset-flow";
import { renderUi, TrpcRefusal } from "@/test/render-ui";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
}));

afterEach(cleanup);

/** The phone → code screens as password reset uses them (registration uses the same PhoneCodeSteps). */
function renderReset(checkCode: (input: never) => unknown = () => ({ ok: true })) {
  const sent: unknown[] = [];
  const checked: unknown[] = [];
  renderUi(<PasswordResetFlow />, {
    trpc: {
      "passwordReset.requestCode": (input) => (sent.push(input), { cooldownSeconds: 60 }),
      "passwordReset.checkCode": (input) => (checked.push(input), checkCode(input)),
    },
    namespaces: ["accountFlow", "passwordReset", "errors"],
  });
  return { sent, checked };
}

describe("the phone and code steps", () => {
  it("checks the phone number before sending a code, then asks for the code", async () => {
    const { sent } = renderReset();
    const user = userEvent.setup();
    const phone = screen.getByRole("textbox", { name: /手机号码/ });
    await user.type(phone, "1380013");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    expect(await screen.findByText("请输入正确的 11 位手机号码。")).toBeTruthy();
    expect(sent).toEqual([]);

    await user.type(phone, "8000");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    await screen.findByRole("textbox", { name: /短信验证码/ });
    expect(sent).toEqual([{ phone: "13800138000" }]);
    expect(screen.getByText(/您将收到一条重置密码验证码短信/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /重新获取验证码|\d+/ })).toHaveProperty("disabled", true);
  });

  it("wants six digits, and shows the server's refusal of a wrong code on the field", async () => {
    const { checked } = renderReset(() => {
      throw new TrpcRefusal("验证码不正确", "BAD_REQUEST", { code: "验证码不正确或已过期。" });
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /手机号码/ }), "13800138000");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    const code = await screen.findByRole("textbox", { name: /短信验证码/ });

    await user.type(code, "12345");
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByText("请输入 6 位数字验证码。")).toBeTruthy();
    expect(checked).toEqual([]);

    await user.type(code, "6");
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByText("验证码不正确或已过期。")).toBeTruthy();
    expect(code.getAttribute("aria-invalid")).toBe("true");
    expect(checked).toEqual([{ phone: "13800138000", code: "123456" }]);
  });

  it("goes on once the code is right, and back to the phone without sending the code again", async () => {
    const { sent } = renderReset();
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /手机号码/ }), "13800138000");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    await user.click(await screen.findByRole("button", { name: "更换手机号码" }));
    await user.click(await screen.findByRole("button", { name: "获取验证码" }));
    await user.type(await screen.findByRole("textbox", { name: /短信验证码/ }), "123456");
    expect(sent).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "下一步" }));
    await waitFor(() => expect(screen.getByRole("heading", { name: /设置新密码/ })).toBeTruthy());
  });
});
