import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { directionOf } from "@/lib/i18n/locales";
import { textArabic, uiArabic, uiLatin } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: `${t("name")} · ${t("tagline")}`, template: `%s · ${t("name")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const user = await getCurrentUser();
  const t = await getTranslations("app");
  return (
    <html lang={locale} dir={directionOf(locale)} className={`${uiArabic.variable} ${textArabic.variable} ${uiLatin.variable}`}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">{t("skipToContent")}</a>
          {user ? <SiteHeader user={user} /> : null}
          <main id="main" className="page">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
