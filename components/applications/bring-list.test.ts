import { describe, expect, it } from "vitest";
import { bringList } from "./bring-list";

const material = (key: string, name: string) => ({
  key,
  name,
  description: "",
  required: true,
  originalAtWindow: true,
});
const ownIdCard = "居民身份证原件（申请人本人）";

describe("bringList", () => {
  it("names the ID card once when the ID cards are among the originals", () => {
    const list = bringList(
      { originalsToBring: [material("id-card", "居民身份证"), material("hukou-book", "居民户口簿")] },
      ownIdCard,
    );
    expect(list).toEqual(["居民身份证", "居民户口簿"]);
    expect(list.filter((item) => item.includes("身份证"))).toHaveLength(1);
  });

  it("adds the applicant's own ID card when no ID card is among the originals", () => {
    expect(bringList({ originalsToBring: [material("birth-certificate", "出生医学证明")] }, ownIdCard)).toEqual([
      "出生医学证明",
      ownIdCard,
    ]);
  });
});
