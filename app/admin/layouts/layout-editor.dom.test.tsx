// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { LayoutPickerService } from "@/server/catalog/list-layout-services";
import { renderUi, TrpcRefusal } from "@/test/render-ui";
import { LayoutEditor } from "./layout-editor";

const service = (id: number, code: string, name: string, pinyinInitials: string): LayoutPickerService => ({
  id,
  code,
  name,
  nameEn: code,
  enabled: true,
  category: "户政",
  categoryEn: "Household",
  pinyin: pinyinInitials,
  pinyinInitials,
});
const services = [
  service(1, "HZ001", "出生登记", "csdj"),
  service(2, "HZ003", "购房入户", "gfrh"),
  service(3, "HZ023", "户口簿补领", "hkbbl"),
  service(4, "CR001", "身份证换领", "sfzhl"),
];
const savedAt = new Date("2026-12-01T02:00:00Z");

function renderEditor(save: (input: never) => unknown) {
  const pinned = services.slice(0, 3);
  return renderUi(
    <LayoutEditor
      owner={{ userId: "user-1" }}
      initial={{ pinned, hidden: [], updatedAt: savedAt }}
      services={services}
    />,
    { trpc: { "layouts.saveUserLayout": save }, namespaces: ["layouts"] },
  );
}

const pinnedNames = () =>
  within(screen.getByRole("list", { name: "置顶服务" }))
    .getAllByRole("listitem")
    .map((li) =>
      li.textContent
        ?.match(/^(.+?)HZ\d{3}|^(.+?)CR\d{3}/)
        ?.slice(1)
        .find(Boolean),
    );

afterEach(cleanup);

describe("the admin's layout editor", () => {
  it("moves a pinned service with the keyboard and saves the new order", async () => {
    const saves: unknown[] = [];
    renderEditor((input) => {
      saves.push(input);
      return { updatedAt: new Date("2026-12-07T02:00:00Z") };
    });
    const user = userEvent.setup();
    expect(pinnedNames()).toEqual(["出生登记", "购房入户", "户口簿补领"]);

    screen.getByRole("button", { name: "下移“出生登记”" }).focus();
    await user.keyboard("{Enter}");
    expect(pinnedNames()).toEqual(["购房入户", "出生登记", "户口簿补领"]);
    expect(screen.getByText("有未保存的更改。").getAttribute("role")).toBe("status");
    expect(screen.getByRole("button", { name: "上移“购房入户”" })).toHaveProperty("disabled", true);

    await user.click(screen.getByRole("button", { name: "保存布局" }));
    await screen.findByText("布局已保存，群众下次打开首页时生效。");
    expect(saves).toEqual([{ userId: "user-1", pinned: [2, 1, 3], hidden: [], expectedUpdatedAt: savedAt }]);
    expect(screen.queryByText("有未保存的更改。")).toBeNull();
  });

  it("finds a service by its pinyin initials, pins or hides it", async () => {
    const saves: unknown[] = [];
    renderEditor((input) => {
      saves.push(input);
      return { updatedAt: new Date("2026-12-07T02:00:00Z") };
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole("searchbox", { name: "搜索服务" }), "sfz");
    await user.click(screen.getByRole("button", { name: "隐藏“身份证换领”" }));
    expect(within(screen.getByRole("list", { name: "隐藏服务" })).getByText("身份证换领")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "取消置顶“户口簿补领”" }));
    expect(pinnedNames()).toEqual(["出生登记", "购房入户"]);

    await user.click(screen.getByRole("button", { name: "保存布局" }));
    await waitFor(() =>
      expect(saves).toEqual([{ userId: "user-1", pinned: [1, 2], hidden: [4], expectedUpdatedAt: savedAt }]),
    );
  });

  it("keeps the changes and says why when the save is refused", async () => {
    renderEditor(() => {
      throw new TrpcRefusal("布局已被他人修改，请刷新后重试。", "CONFLICT");
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "下移“出生登记”" }));
    await user.click(screen.getByRole("button", { name: "保存布局" }));

    expect(await screen.findByText("布局已被他人修改，请刷新后重试。")).toBeTruthy();
    expect(pinnedNames()).toEqual(["购房入户", "出生登记", "户口簿补领"]);
    expect(screen.getByText("有未保存的更改。")).toBeTruthy();
  });
});
