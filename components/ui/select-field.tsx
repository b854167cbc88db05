import { Field } from "./field";
import { Select } from "./select";

/** Numbers are welcome: an option's value is text on the page anyway. */
export type SelectOption = { value: string | number; label: string | number };

/** A labelled select over a list of options, optionally led by an empty choice ("全部", "请选择"). */
export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  emptyOption,
  ...select
}: React.ComponentProps<"select"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  emptyOption?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <Select {...control} {...select}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
