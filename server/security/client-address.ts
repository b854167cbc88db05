import { randomBytes } from "node:crypto";

/**
 * The TCP peer's address as the app's own HTTP server saw it. Route handlers get a Fetch Request without
 * the socket, and Next writes the socket address into X-Forwarded-For only when the request carried none,
 * so a client could otherwise name any address it likes. The peer hook stamps this header on every
 * request, overwriting whatever the client sent, with a per-process secret so a request that reached the
 * app some other way (the hook not installed) cannot forge it either.
 */
export const peerAddressHeader = "x-jingmin-peer";

const secretKey = Symbol.for("jingmin.peer-address-secret");

function peerSecret(): string {
  const holder = globalThis as { [secretKey]?: string };
  holder[secretKey] ??= randomBytes(16).toString("hex");
  return holder[secretKey];
}

/** The header value the peer hook writes for a socket address. */
export function peerAddressStamp(address: string): string {
  return `${peerSecret()} ${address}`;
}

function stampedPeer(headers: Headers): string | null {
  const [secret, address] = headers.get(peerAddressHeader)?.split(" ") ?? [];
  return secret === peerSecret() && address ? address : null;
}

/**
 * The client's address for limits and the audit log. With no trusted proxy it is the TCP peer; behind
 * `hops` proxies that each append the address they saw to X-Forwarded-For, it is the entry `hops` places
 * from the right: entries further left were written by the client and prove nothing. Null when unknown
 * (a proxy configured but the header missing or too short).
 */
export function clientAddress(headers: Headers, hops: number): string | null {
  if (hops === 0) return stampedPeer(headers);
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.length >= hops ? (chain[chain.length - hops] ?? null) : null;
}
