import type { Metadata, Viewport } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { TRPCReactProvider } from "@/components/trpc/client";
import { isCareMode } from "@/server/preferences/care-mode";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const common = await getTranslations("common");
  const home = await getTranslations("home");
  return {
    title: { template: `%s · ${common("appName")}`, default: common("appFullName") },
    description: home("metaDescription"),
    applicationName: common("appName"),
    appleWebApp: { capable: true, title: common("appName"), statusBarStyle: "default" },
    formatDetection: { telephone: false },
  };
}

/**
 * Messages of the client components every page may render (the error page, the sign-out button). Areas
 * with more client components add their own provider: the citizen forms, the dashboard, admin, staff.
 */
const everywhereClientMessages = ["shell", "auth.signOut"];

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0a3d91",
  colorScheme: "light",
};

/**
 * Language and care mode come from cookies and are rendered into the first byte of HTML, so a page never
 * flashes in the wrong language or text size.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const care = await isCareMode();
  const t = await getTranslations("shell");
  return (
    <html lang={locale} data-care={care ? "1" : undefined}>
      <body>
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-surface px-4 py-3 font-medium text-primary shadow-lg focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages namespaces={everywhereClientMessages}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
