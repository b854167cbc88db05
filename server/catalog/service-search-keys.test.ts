import { describe, expect, it } from "vitest";
import { serviceSearchKeys } from "./service-search-keys";

describe("serviceSearchKeys", () => {
  it("gives the name's full pinyin and initials first, so csdj and chushengdengji find 出生登记", () => {
    const keys = serviceSearchKeys({ name: "出生登记", synonyms: [] });
    expect(keys).toEqual({ pinyin: "chushengdengji", pinyinInitials: "csdj" });
  });

  it("adds each synonym as its own word, so a query never matches across two of them", () => {
    const keys = serviceSearchKeys({ name: "出生登记", synonyms: ["新生儿落户", "报户口", "上户口"] });
    expect(keys.pinyin.split(" ")).toEqual(["chushengdengji", "xinshengerluohu", "baohukou", "shanghukou"]);
    expect(keys.pinyinInitials.split(" ")).toEqual(["csdj", "xselh", "bhk", "shk"]);
  });

  it("reads polyphonic characters in context and writes ü as v", () => {
    expect(serviceSearchKeys({ name: "旅馆业特种行业许可证核发", synonyms: [] }).pinyin).toBe(
      "lvguanyetezhonghangyexukezhenghefa",
    );
    expect(serviceSearchKeys({ name: "重名查询", synonyms: [] }).pinyinInitials).toBe("cmcx");
  });

  it("ignores punctuation, digits and Latin letters in names, and drops duplicate keys", () => {
    const keys = serviceSearchKeys({ name: "出国（境）定居注销户口", synonyms: ["APP备案", "出国（境）定居注销户口"] });
    expect(keys.pinyin).toBe("chuguojingdingjuzhuxiaohukou beian");
    expect(keys.pinyinInitials).toBe("cgjdjzxhk ba");
  });
});
