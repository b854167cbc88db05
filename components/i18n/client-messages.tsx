import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Messages = Record<string, unknown>;

/** The parts of the catalogue named by dotted paths ("applications.guide"), nested as in the catalogue. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let to = picked;
    keys.forEach((key, i) => {
      from = (from as Messages | undefined)?.[key];
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Messages;
    });
  }
  return picked;
}

/**
 * Hands client components below only the messages they use. Each provider's messages replace the outer
 * one's, and everything given here is serialised into every page that renders it: the whole catalogue is
 * ≈ 125 KB, more than the rest of a light citizen page.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
