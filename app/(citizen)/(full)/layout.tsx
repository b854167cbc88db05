import { NextIntlClientProvider } from "next-intl";

/**
 * The citizen pages with forms and other client components get the whole message catalogue. The light
 * pages outside this group (home, catalogue, guides) hand their few client components only what they use.
 */
export default function CitizenFormsLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
