import type { StaffRole } from "@/server/accounts/staff-account-rules";

export type RoleOption = { value: StaffRole; label: string };

/** A fieldset of role checkboxes; its error is announced with the group. */
export function RoleCheckboxes({
  idPrefix,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  legend: string;
  options: RoleOption[];
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend className="mb-1 text-base font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label
            key={option.value}
            htmlFor={`${idPrefix}-${option.value}`}
            className="flex min-h-tap items-center gap-2"
          >
            <input
              id={`${idPrefix}-${option.value}`}
              type="checkbox"
              name="roles"
              value={option.value}
              className="size-5 accent-primary"
              checked={value.includes(option.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, option.value] : value.filter((r) => r !== option.value))
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${idPrefix}-error`} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
