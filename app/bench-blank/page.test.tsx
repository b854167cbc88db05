import { afterEach, describe, expect, it, vi } from "vitest";
import BenchBlankPage from "./page";

afterEach(() => vi.unstubAllEnvs());

describe("the benchmark's blank page", () => {
  it("is a 404 on a server that is not the benchmark's", () => {
    vi.stubEnv("BENCH_BLANK_PAGE", "");
    // notFound() throws Next's 404 marker; any other error would be a 500, not a missing page.
    expect(() => BenchBlankPage()).toThrow(expect.objectContaining({ digest: expect.stringContaining("404") }));
  });

  it("renders one line in the main landmark for the benchmark", () => {
    vi.stubEnv("BENCH_BLANK_PAGE", "1");
    expect(BenchBlankPage()).toMatchObject({ type: "main", props: { id: "main" } });
  });
});
