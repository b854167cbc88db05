"use client";

import { useState } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { FormField } from "./form-field";

export type IdNumberSearchFormProps = {
  id: string;
  /** The field's name: "idNumber", or "number" for an application number. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** A search is under way: the button says so and waits. */
  pending: boolean;
  /** The button waits although this form's own search is not the one under way. */
  disabled?: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** A titled box (the counter's two searches side by side); without it the field and button share a row. */
  heading?: string;
  /** The trimmed value; the caller sends it in a request body, never in a URL. */
  onSearch: (value: string) => void;
};

/** The desks' search by ID number (or application number): one field, one button, errors on the field. */
export function IdNumberSearchForm({
  id,
  name,
  label,
  hint,
  error,
  pending,
  disabled,
  submitLabel,
  pendingLabel,
  heading,
  onSearch,
}: IdNumberSearchFormProps) {
  const [value, setValue] = useState("");
  const field = (
    <FormField
      id={id}
      name={name}
      label={label}
      hint={hint}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={24}
      required={!heading}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      error={error}
    />
  );
  const button = (
    <Button type="submit" size={heading ? undefined : "lg"} disabled={pending || disabled}>
      {pending ? pendingLabel : submitLabel}
    </Button>
  );
  return (
    <form
      role="search"
      aria-label={heading}
      noValidate
      className={cn(
        heading
          ? "flex flex-col gap-3 rounded-md border border-border p-4"
          : "flex flex-col gap-4 sm:flex-row sm:items-end",
      )}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(value.trim());
      }}
    >
      {heading ? <h2 className="font-semibold">{heading}</h2> : null}
      {heading ? field : <div className="flex-1">{field}</div>}
      {heading ? <div>{button}</div> : button}
    </form>
  );
}
