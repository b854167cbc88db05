import http from "node:http";
import https from "node:https";
import { peerAddressHeader, peerAddressStamp } from "./client-address";

const installed = Symbol.for("jingmin.peer-address-hook");

/**
 * Stamps the TCP peer's address on every request the process's HTTP servers receive, before Next's
 * handler sees it (see clientAddress). Next creates its server before instrumentation runs, so the hook
 * wraps the prototypes' `emit`, which every server looks up at each event.
 */
export function installPeerAddressHook() {
  const holder = globalThis as { [installed]?: boolean };
  if (holder[installed]) return;
  holder[installed] = true;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        const address = request.socket?.remoteAddress;
        if (address) request.headers[peerAddressHeader] = peerAddressStamp(address);
        else delete request.headers[peerAddressHeader];
      }
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}
