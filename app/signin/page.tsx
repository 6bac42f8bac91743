import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions/session";
import { SignInForm } from "@/components/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <div className="signin">
      <div className="signin__panel">
        <div className="signin__brand">
          <span className="brand__mark brand__mark--large" aria-hidden="true">س</span>
          <div>
            <h1 className="signin__title">{t("signIn.title")}</h1>
            <p className="muted">{t("signIn.subtitle")}</p>
          </div>
        </div>
        <SignInForm callbackUrl={callbackUrl} />
        <form action={switchLocale} className="signin__locale">
          <input type="hidden" name="locale" value={locale === "ar" ? "en" : "ar"} />
          <button type="submit" className="btn btn--ghost btn--small" lang={locale === "ar" ? "en" : "ar"}>{t("header.switchTo")}</button>
        </form>
      </div>
    </div>
  );
}
