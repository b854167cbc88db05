import autocannon from "autocannon";

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failed: number;
  statuses: string;
  /** The first refused answer's status and the start of its body, to show why. */
  firstFailure?: string;
};

export type Load = {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A fixed number of requests instead of a fixed time, for requests that can each succeed only once. */
  amount?: number;
  /** Varies each request (another user, another record), as real traffic does. */
  next?: () => { path?: string; headers?: Record<string, string>; body?: string };
};

/**
 * Drives one endpoint at a fixed concurrency for a fixed time. Every non-2xx answer counts as failed: a
 * benchmark that measured fast refusals would flatter the server.
 */
export async function runLoad(
  origin: string,
  load: Load,
  p: { connections: number; duration: number },
): Promise<LoadResult> {
  let firstFailure: string | undefined;
  const onResponse = (status: number, body: string) => {
    if (status >= 300 && !firstFailure) firstFailure = `${status} ${body.slice(0, 300)}`;
  };
  const result = await autocannon({
    url: origin + load.path,
    // autocannon refuses more connections than requests.
    connections: load.amount ? Math.min(p.connections, load.amount) : p.connections,
    ...(load.amount ? { amount: load.amount } : { duration: p.duration }),
    method: load.method ?? "GET",
    // A POST carries what the site's own pages send: mutations from anywhere else are refused (same-origin.ts).
    headers: {
      ...load.headers,
      ...(load.method === "POST" ? { "content-type": "application/json", "sec-fetch-site": "same-origin" } : {}),
    },
    body: load.body,
    requests: [
      {
        setupRequest: (request) => {
          const change = load.next?.() ?? {};
          return { ...request, ...change, headers: { ...request.headers, ...change.headers } };
        },
        onResponse,
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // `errors` already counts timeouts.
    failed: result.non2xx + result.errors,
    statuses: [
      ...Object.entries(result.statusCodeStats).map(([code, { count }]) => `${code}×${count}`),
      ...(result.errors ? [`errors×${result.errors} (timeouts ${result.timeouts})`] : []),
    ].join(", "),
    firstFailure,
  };
}
