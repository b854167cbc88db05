import { describe, expect, it } from "vitest";
import { relationAfterHeadChange, relationAfterMerge, relationThrough } from "./kinship";

describe("relationThrough", () => {
  it("names a newborn by the parent it is registered through", () => {
    const child = (via: string, viaSex: "M" | "F", sex: "M" | "F") =>
      relationThrough({ via, viaSex, step: "child", sex, headSex: "M" });
    expect(child("户主", "M", "M")).toBe("子");
    expect(child("配偶", "F", "F")).toBe("女");
    expect(child("子", "M", "F")).toBe("孙女");
    expect(child("长子", "M", "M")).toBe("孙子");
    expect(child("女", "F", "M")).toBe("外孙子");
    expect(child("儿媳", "F", "M")).toBe("孙子");
    expect(child("女婿", "M", "F")).toBe("外孙女");
    expect(child("母亲", "F", "M")).toBe("兄弟");
  });

  it("names spouses and parents who join a household", () => {
    expect(relationThrough({ via: "户主", viaSex: "M", step: "spouse", sex: "F", headSex: "M" })).toBe("配偶");
    expect(relationThrough({ via: "子", viaSex: "M", step: "spouse", sex: "F", headSex: "M" })).toBe("儿媳");
    expect(relationThrough({ via: "女", viaSex: "F", step: "spouse", sex: "M", headSex: "F" })).toBe("女婿");
    expect(relationThrough({ via: "户主", viaSex: "F", step: "parent", sex: "F", headSex: "F" })).toBe("母亲");
    expect(relationThrough({ via: "配偶", viaSex: "F", step: "parent", sex: "M", headSex: "M" })).toBe("岳父");
    expect(relationThrough({ via: "配偶", viaSex: "M", step: "parent", sex: "F", headSex: "F" })).toBe("婆婆");
    expect(relationThrough({ via: "父亲", viaSex: "M", step: "parent", sex: "M", headSex: "M" })).toBe("祖父");
  });

  it("falls back to 其他 for relations the register cannot work out", () => {
    expect(relationThrough({ via: "集体户成员", viaSex: "M", step: "child", sex: "M", headSex: "M" })).toBe("其他");
    expect(relationThrough({ via: "女婿", viaSex: "M", step: "parent", sex: "M", headSex: "M" })).toBe("其他");
  });
});

describe("relationAfterHeadChange", () => {
  const toSon = (member: string, memberSex: "M" | "F") =>
    relationAfterHeadChange({ member, memberSex, newHead: "子", newHeadSex: "M", oldHeadSex: "M" });

  it("re-bases a family on the son who takes over from his father", () => {
    expect(toSon("户主", "M")).toBe("父亲");
    expect(toSon("配偶", "F")).toBe("母亲");
    expect(toSon("女", "F")).toBe("姐妹");
    expect(toSon("儿媳", "F")).toBe("配偶");
    expect(toSon("孙子", "M")).toBe("子");
    expect(toSon("外孙女", "F")).toBe("外甥女");
    expect(toSon("母亲", "F")).toBe("祖母");
  });

  it("re-bases on the spouse of the old head", () => {
    const toWife = (member: string, memberSex: "M" | "F") =>
      relationAfterHeadChange({ member, memberSex, newHead: "配偶", newHeadSex: "F", oldHeadSex: "M" });
    expect(toWife("户主", "M")).toBe("配偶");
    expect(toWife("子", "M")).toBe("子");
    expect(toWife("孙女", "F")).toBe("孙女");
    expect(toWife("母亲", "F")).toBe("婆婆");
  });
});

describe("relationAfterMerge", () => {
  it("takes the members of a merged household through their old head", () => {
    const intoWife = (member: string, memberSex: "M" | "F") =>
      relationAfterMerge({ member, memberSex, oldHead: "配偶", oldHeadSex: "M", newHeadSex: "F" });
    expect(intoWife("户主", "M")).toBe("配偶");
    expect(intoWife("子", "M")).toBe("子");
    expect(intoWife("母亲", "F")).toBe("婆婆");
    const intoFather = (member: string, memberSex: "M" | "F") =>
      relationAfterMerge({ member, memberSex, oldHead: "子", oldHeadSex: "M", newHeadSex: "M" });
    expect(intoFather("配偶", "F")).toBe("儿媳");
    expect(intoFather("女", "F")).toBe("孙女");
  });
});
