import { NextIntlClientProvider } from "next-intl";

/** The developer tools' client components get the whole message catalogue. */
export default function DevLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
