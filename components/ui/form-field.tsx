import { Field } from "./field";
import { Input } from "./input";

/** A labelled text input: the common case of {@link Field}. */
export function FormField({
  id,
  label,
  error,
  hint,
  required,
  ...input
}: React.ComponentProps<"input"> & { id: string; label: string; error?: string; hint?: string }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(control) => <Input {...control} required={required} {...input} />}
    </Field>
  );
}
