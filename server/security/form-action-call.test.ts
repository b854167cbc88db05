import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isFormActionCall } from "./form-action-call";

// The encoder Next's own client uses to send a server action call.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-webpack/client.node.js",
) as {
  encodeReply: (args: unknown[]) => Promise<FormData | string>;
};

/** Next's action ids start with a byte naming the parameters the action reads: 0x40 the first, 0x20 the second, 0 none. */
const readsForm = "40cdb70d703d6c66c978777eb5fa76bc7acbdc4bf";
const readsStateAndForm = "60cdb70d703d6c66c978777eb5fa76bc7acbdc4bf";
const readsSecond = "20cdb70d703d6c66c978777eb5fa76bc7acbdc4bf";
const readsNothing = "0027476d6aa9e33eae11357a83ff2f9bb18326fb8c";

const post = (actionId: string, body: FormData | string) =>
  new Request("http://localhost/", { method: "POST", body, headers: { "next-action": actionId } });

describe("isFormActionCall", () => {
  it("accepts the calls the browser makes to a form action, a useActionState action and one that reads nothing", async () => {
    const form = new FormData();
    form.set("locale", "en");
    expect(await isFormActionCall(post(readsForm, await encodeReply([form])))).toBe(true);
    expect(await isFormActionCall(post(readsStateAndForm, await encodeReply([{ error: null }, form])))).toBe(true);
    expect(await isFormActionCall(post(readsSecond, await encodeReply([undefined, form])))).toBe(true);
    expect(await isFormActionCall(post(readsNothing, await encodeReply([])))).toBe(true);
  });

  it("refuses calls whose arguments no action of ours reads", async () => {
    expect(await isFormActionCall(post(readsForm, await encodeReply(["x"])))).toBe(false);
    expect(await isFormActionCall(post(readsForm, await encodeReply([{ locale: "en" }])))).toBe(false);
    expect(await isFormActionCall(post(readsForm, await encodeReply([])))).toBe(false);
    expect(await isFormActionCall(post(readsForm, "not even JSON"))).toBe(false);
    expect(await isFormActionCall(post("not an id", await encodeReply([new FormData()])))).toBe(false);
    const odd = new FormData();
    odd.set("0", "[1, 2, 3]");
    expect(await isFormActionCall(post(readsForm, odd))).toBe(false);
  });
});
