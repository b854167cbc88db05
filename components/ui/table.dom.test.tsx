// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Table, type TableColumn } from "./table";

afterEach(cleanup);

type Member = { id: string; name: string; relation: string; age: number };
const members: Member[] = [
  { id: "a", name: "张明", relation: "户主", age: 38 },
  { id: "b", name: "李娜", relation: "配偶", age: 34 },
];
const columns: TableColumn<Member>[] = [
  { key: "name", header: "姓名", rowHeader: true, cell: (m) => m.name },
  { key: "relation", header: "与户主关系", cell: (m) => m.relation },
  { key: "age", header: "年龄", align: "end", numeric: true, cell: (m) => m.age },
  { key: "actions", header: "操作", headerHidden: true, cell: (m) => <button type="button">查看 {m.name}</button> },
];

describe("Table", () => {
  it("is a table named by its caption, with column and row headers", () => {
    render(<Table caption="户内成员" columns={columns} rows={members} rowKey={(m) => m.id} />);
    const table = screen.getByRole("table", { name: "户内成员" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["姓名", "与户主关系", "年龄", "操作"]);
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    const second = within(table).getByRole("rowheader", { name: "李娜" }).closest("tr")!;
    expect(
      within(second)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["配偶", "34", "查看 李娜"]);
    expect(within(table).getByRole("button", { name: "查看 张明" })).toBeTruthy();
  });

  it("labels every value for the card layout, but not with a hidden column's heading", () => {
    render(<Table caption="户内成员" captionHidden columns={columns} rows={members} rowKey={(m) => m.id} />);
    const cells = screen.getAllByRole("cell");
    expect(cells.map((c) => c.getAttribute("data-label"))).toEqual([
      "与户主关系",
      "年龄",
      null,
      "与户主关系",
      "年龄",
      null,
    ]);
    // The label is drawn by CSS, not written into the cell: the cell's text stays the value alone.
    expect(cells[0]!.textContent).toBe("户主");
    expect(screen.getByText("户内成员").className).toContain("sr-only");
  });

  it("takes its name from a heading and passes row attributes through", () => {
    render(
      <>
        <h2 id="people">成员</h2>
        <Table
          labelledBy="people"
          columns={columns}
          rows={members}
          rowKey={(m) => m.id}
          rowProps={(m) => ({ "data-member": m.id })}
        />
      </>,
    );
    const table = screen.getByRole("table", { name: "成员" });
    expect(table.querySelectorAll("[data-member]")).toHaveLength(2);
  });
});
