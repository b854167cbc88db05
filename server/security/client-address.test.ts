import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, peerAddressHeader, peerAddressStamp } from "./client-address";
import { installPeerAddressHook } from "./install-peer-address-hook";

describe("clientAddress", () => {
  it("reached directly, takes the stamped TCP peer and ignores what the client wrote", () => {
    const headers = new Headers({
      "x-forwarded-for": "1.2.3.4",
      "x-real-ip": "5.6.7.8",
      [peerAddressHeader]: peerAddressStamp("198.51.100.2"),
    });
    expect(clientAddress(headers, 0)).toBe("198.51.100.2");
  });

  it("refuses a peer header the client wrote itself", () => {
    expect(clientAddress(new Headers({ [peerAddressHeader]: "guess 198.51.100.2" }), 0)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
  });

  it("behind proxies, takes the entry the outermost trusted proxy appended", () => {
    const headers = new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.5 , 10.0.0.2" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("203.0.113.5");
    expect(clientAddress(headers, 4)).toBeNull();
  });
});

describe("installPeerAddressHook", () => {
  it("stamps the socket's address on a real request, over a forged header", async () => {
    installPeerAddressHook();
    const server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      res.end(String(clientAddress(headers, 0)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "1.2.3.4", [peerAddressHeader]: `${"0".repeat(32)} 1.2.3.4` },
      });
      expect(await answer.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
