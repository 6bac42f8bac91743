import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

// A signed-in user's saved preference wins; visitors (sign-in page, public reports) get the cookie, else Arabic.
export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = resolveLocale(user?.locale ?? cookieLocale);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "UTC" };
});
