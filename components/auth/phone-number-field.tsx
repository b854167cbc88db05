import { FormField } from "@/components/ui/form-field";

/** A mainland mobile number: numeric keypad, 11 digits, the browser's autofill. */
export function PhoneNumberField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <FormField
      id={id}
      name="phone"
      type="tel"
      inputMode="numeric"
      autoComplete="tel"
      maxLength={11}
      required
      label={label}
      hint={hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
