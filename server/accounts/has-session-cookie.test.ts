import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./has-session-cookie";

describe("hasSessionCookie", () => {
  it("finds the session cookie over http, over https and split into chunks", () => {
    expect(hasSessionCookie([{ name: "authjs.session-token" }])).toBe(true);
    expect(hasSessionCookie([{ name: "locale" }, { name: "__Secure-authjs.session-token" }])).toBe(true);
    expect(hasSessionCookie([{ name: "__Secure-authjs.session-token.1" }])).toBe(true);
  });

  it("ignores Auth.js's other cookies and look-alikes", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie([{ name: "authjs.csrf-token" }, { name: "authjs.callback-url" }])).toBe(false);
    expect(hasSessionCookie([{ name: "x-authjs.session-token" }, { name: "authjs.session-token.a" }])).toBe(false);
  });
});
