import { createServer, type Server } from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

/**
 * The WebSocket→TCP bridge Neon runs in front of its databases, in miniature: lets the production Neon
 * driver talk to the local PostgreSQL server so that path is tested, not assumed.
 */
export async function startNeonWsProxy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    if (!host || !port) return socket.close(1008, "address required");
    const tcp = net.connect(Number(port), host);
    tcp.on("data", (chunk) => socket.send(chunk, { binary: true }));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("message", (data) => tcp.write(data as Buffer));
    socket.on("close", () => tcp.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
}
