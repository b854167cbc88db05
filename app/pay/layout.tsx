import { NextIntlClientProvider } from "next-intl";

/** The payment pages' client components get the whole message catalogue. */
export default function PayLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
