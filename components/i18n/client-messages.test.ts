import { describe, expect, it } from "vitest";
import { pickMessages } from "./client-messages";

describe("pickMessages", () => {
  const messages = {
    shell: { a: "A" },
    auth: { signOut: "退出", signIn: "登录" },
    applications: { guide: { apply: "在线办理" }, list: { title: "我的申请" } },
  };

  it("keeps only the named namespaces and sub-namespaces, nested as in the catalogue", () => {
    expect(pickMessages(messages, ["shell", "auth.signOut", "applications.guide"])).toEqual({
      shell: { a: "A" },
      auth: { signOut: "退出" },
      applications: { guide: { apply: "在线办理" } },
    });
  });
});
