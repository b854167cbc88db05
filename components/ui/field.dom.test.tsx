// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { Field } from "./field";
import { FormField } from "./form-field";
import { Select } from "./select";
import { SelectField } from "./select-field";

afterEach(cleanup);

describe("Field", () => {
  it("names the control by its label and reads the hint with it", () => {
    render(
      <Field id="city" label="城市" hint="选择户籍所在地">
        {(control) => (
          <Select {...control}>
            <option>郑州</option>
          </Select>
        )}
      </Field>,
    );
    const select = screen.getByRole("combobox", { name: "城市" });
    expect(select).toHaveProperty("value", "郑州");
    expect(select.getAttribute("aria-describedby")).toBe("city-hint");
    expect(document.getElementById("city-hint")?.textContent).toBe("选择户籍所在地");
    expect(select.getAttribute("aria-invalid")).toBeNull();
  });

  it("marks the control invalid and announces the error tied to it", () => {
    render(
      <Field id="name" label="姓名" hint="与身份证一致" error="请填写姓名" required requiredLabel="必填">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: /姓名/ });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("name-hint name-error");
    expect(input.hasAttribute("required")).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("请填写姓名");
    expect(screen.getByTitle("必填").getAttribute("aria-hidden")).toBe("true");
  });

  it("leaves the announcing to a summary when asked", () => {
    render(
      <Field id="q" label="关键词" error="太长" announceError={false}>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("textbox", { name: "关键词" }).getAttribute("aria-describedby")).toBe("q-error");
  });
});

describe("FormField", () => {
  it("is typed into like any labelled text box", async () => {
    render(<FormField id="phone" label="手机号" inputMode="numeric" />);
    const box = screen.getByRole("textbox", { name: "手机号" });
    await userEvent.type(box, "13800138000");
    expect(box).toHaveProperty("value", "13800138000");
  });
});

describe("SelectField", () => {
  it("offers its options after the empty choice and reports the choice", async () => {
    let chosen = "";
    render(
      <SelectField
        id="kind"
        label="办理方式"
        emptyOption="全部"
        error="请选择办理方式"
        options={[
          { value: "online", label: "网上办理" },
          { value: 3, label: "窗口办理" },
        ]}
        onChange={(e) => (chosen = e.target.value)}
      />,
    );
    const select = screen.getByRole("combobox", { name: "办理方式" });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["全部", "网上办理", "窗口办理"]);
    expect(select.getAttribute("aria-invalid")).toBe("true");
    await userEvent.selectOptions(select, "窗口办理");
    expect(chosen).toBe("3");
  });
});
