"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/**
 * A form of one required text (a reply, a reason, an answer) and its button, as every desk and reporter uses it.
 * `onSubmit` gets the trimmed text and a way to empty the box once the server has taken it, so a refused text
 * stays for correcting; `children` go above the box (success or failure alerts).
 */
export function TextReplyForm({
  id,
  name = id,
  label,
  submit,
  pending,
  error,
  rows = 4,
  maxLength = 2000,
  variant = "primary",
  onSubmit,
  children,
}: {
  id: string;
  name?: string;
  label: string;
  submit: string;
  pending: boolean;
  error?: string;
  rows?: number;
  maxLength?: number;
  variant?: "primary" | "secondary";
  onSubmit: (text: string, clear: () => void) => void;
  children?: ReactNode;
}) {
  const [text, setText] = useState("");
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text.trim(), () => setText(""));
      }}
    >
      {children}
      <Field id={id} label={label} error={error} required>
        {(control) => (
          <Textarea
            {...control}
            name={name}
            rows={rows}
            maxLength={maxLength}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant={variant} className="self-stretch sm:self-start" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
