import { describe, expect, it } from "vitest";
import type { OrgUnitRef } from "@/server/orgs/get-unit-chain";
import { issuingUnitNameOf } from "./get-issuing-unit-name";

const province: OrgUnitRef = {
  id: 1,
  code: "410000",
  name: "河南省公安厅",
  nameEn: "Henan Provincial Public Security Department",
  level: "province",
};
const city: OrgUnitRef = {
  id: 2,
  code: "410100",
  name: "郑州市公安局",
  nameEn: "Zhengzhou Public Security Bureau",
  level: "city",
};
const district: OrgUnitRef = {
  id: 3,
  code: "410105",
  name: "金水区公安分局",
  nameEn: "Jinshui Branch, Zhengzhou Public Security Bureau",
  level: "county",
};
const county: OrgUnitRef = {
  id: 4,
  code: "410122",
  name: "中牟县公安局",
  nameEn: "Zhongmou County Public Security Bureau",
  level: "county",
};
const station = (parent: OrgUnitRef, name: string, nameEn: string): OrgUnitRef => ({
  id: 9,
  code: `${parent.code}01`,
  name,
  nameEn,
  level: "station",
});

describe("issuingUnitNameOf", () => {
  it("names a station under a district branch with the city bureau and the branch", () => {
    expect(
      issuingUnitNameOf([province, city, district, station(district, "花园路派出所", "Huayuan Road Police Station")]),
    ).toEqual({
      name: "郑州市公安局金水区公安分局花园路派出所",
      nameEn: "Huayuan Road Police Station, Jinshui Branch, Zhengzhou Public Security Bureau",
    });
  });

  it("names a station under a county bureau with that bureau only", () => {
    expect(
      issuingUnitNameOf([province, city, county, station(county, "城关派出所", "Chengguan Police Station")]).name,
    ).toBe("中牟县公安局城关派出所");
  });

  it("names bureaus by themselves, district branches with their city", () => {
    expect(issuingUnitNameOf([province, city, district]).name).toBe("郑州市公安局金水区公安分局");
    expect(issuingUnitNameOf([province, city, county]).name).toBe("中牟县公安局");
    expect(issuingUnitNameOf([province, city]).name).toBe("郑州市公安局");
    expect(issuingUnitNameOf([province])).toEqual({
      name: "河南省公安厅",
      nameEn: "Henan Provincial Public Security Department",
    });
  });
});
