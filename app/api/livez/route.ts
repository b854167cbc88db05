/**
 * Liveness for a load balancer: answers without touching the database or the session, so a slow database
 * never gets healthy instances taken out of rotation. The benchmarks use it as the framework's floor.
 */
export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}
