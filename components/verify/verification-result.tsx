import { TRPCError } from "@trpc/server";
import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { isDomainError } from "@/server/errors";
import { verdictLooks } from "./verdict-looks";

export type Verdict = { Icon: LucideIcon; look: keyof typeof verdictLooks; label: string; explanation: string };

type FrameProps = { title: string; again: string; width?: "xl" | "2xl"; children: ReactNode };

/**
 * The page around every check a stranger makes from a QR code (a certificate, a licence screen): the title,
 * the result and a way to check another; nothing per user is needed to render it.
 */
export function VerificationFrame({ title, again, width = "2xl", children }: FrameProps) {
  return (
    <article className={cn("mx-auto flex w-full flex-col gap-6", width === "xl" ? "max-w-xl" : "max-w-2xl")}>
      <h1 className="text-2xl font-bold text-primary">{title}</h1>
      {children}
      <Link href="/verify" className={cn(buttonVariants({ variant: "secondary", size: "lg" }), "self-start")}>
        {again}
      </Link>
    </article>
  );
}

/** The verdict in large type with its icon (never colour alone), what it means, and the code that was checked. */
export function VerdictPanel({
  id,
  verdict,
  code,
  codeLabel,
  children,
}: {
  id: string;
  verdict: Verdict;
  code: string | null;
  codeLabel: string;
  children?: ReactNode;
}) {
  const look = verdictLooks[verdict.look];
  return (
    <section aria-labelledby={id} className={cn("flex flex-col gap-3 rounded-lg border-2 p-4 sm:p-6", look.box)}>
      <p id={id} className="flex items-center gap-3 text-3xl font-bold sm:text-4xl">
        <verdict.Icon aria-hidden="true" className={cn("size-10 shrink-0 sm:size-12", look.icon)} />
        <span>{verdict.label}</span>
      </p>
      <p>{verdict.explanation}</p>
      {children}
      {code ? (
        <p className="text-sm">
          {codeLabel} <span className="font-mono text-base font-semibold tracking-wider break-all">{code}</span>
        </p>
      ) : null}
    </section>
  );
}

/**
 * Runs a check and turns its rate limit into the seconds to wait, so the page can say so instead of failing;
 * every other error stays an error.
 */
export async function checkOrWait<T>(check: () => Promise<T>): Promise<T | { limitedFor: number }> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") {
      return { limitedFor: isDomainError(error.cause) ? Number(error.cause.params.seconds) : 60 };
    }
    throw error;
  }
}

/** A code from the address as typed: percent-decoded when it can be, left alone when it is malformed. */
export function decodedCode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
