import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The page-weight floor of `npm run bench`: a page of this build with nothing of its own, no client
 * components and no data, so what it loads is what every page pays. It exists only while the benchmark
 * server runs (BENCH_BLANK_PAGE=1); everywhere else it is a 404.
 */
export default function BenchBlankPage() {
  if (process.env.BENCH_BLANK_PAGE !== "1") notFound();
  // One line of text: Lighthouse needs something to paint.
  return (
    <main id="main">
      <p>基准测试空白页 · Benchmark blank page</p>
    </main>
  );
}
