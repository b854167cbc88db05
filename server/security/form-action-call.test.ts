import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isFormActionCall } from "./form-action-call";

// The encoder Next's own client uses to send a server action call.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (args: unknown[]) => Promise<FormData | string>;
};

const post = (body: FormData | string) =>
  new Request("http://localhost/", { method: "POST", body, headers: { "next-action": "7f00" } });

describe("isFormActionCall", () => {
  it("accepts a form action's call and a useActionState call, as the browser encodes them", async () => {
    const form = new FormData();
    form.set("locale", "en");
    expect(await isFormActionCall(post(await encodeReply([form])))).toBe(true);
    expect(await isFormActionCall(post(await encodeReply([{ error: null }, form])))).toBe(true);
  });

  it("refuses calls whose arguments no action of ours reads", async () => {
    expect(await isFormActionCall(post(await encodeReply(["x"])))).toBe(false);
    expect(await isFormActionCall(post(await encodeReply([{ locale: "en" }])))).toBe(false);
    expect(await isFormActionCall(post("not even JSON"))).toBe(false);
    const odd = new FormData();
    odd.set("0", "[1, 2, 3]");
    expect(await isFormActionCall(post(odd))).toBe(false);
  });
});
