import { afterEach, describe, expect, it, vi } from "vitest";
import BenchBlankPage from "./page";

afterEach(() => vi.unstubAllEnvs());

describe("the benchmark's blank page", () => {
  it("is a 404 on a server that is not the benchmark's", () => {
    vi.stubEnv("BENCH_BLANK_PAGE", "");
    expect(() => BenchBlankPage()).toThrow();
  });

  it("renders one line in the main landmark for the benchmark", () => {
    vi.stubEnv("BENCH_BLANK_PAGE", "1");
    expect(BenchBlankPage()).toMatchObject({ type: "main", props: { id: "main" } });
  });
});
