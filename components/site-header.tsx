import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions/session";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const links = [
    { href: "/articles", label: t("nav.articles") },
    { href: "/queue", label: t("nav.queue") },
    { href: "/reports", label: t("nav.reports") },
    ...(can(user.role, "user.manage") ? [{ href: "/users", label: t("nav.users") }] : []),
  ];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/articles" className="brand" aria-label={t("app.name")}>
          <span className="brand__mark" aria-hidden="true">س</span>
          <span className="brand__text">
            <span className="brand__name">{t("app.name")}</span>
            <span className="brand__tagline">{t("app.tagline")}</span>
          </span>
        </Link>
        <NavLinks links={links} label={t("nav.primary")} />
        <div className="site-header__user">
          <form action={switchLocale}>
            <input type="hidden" name="locale" value={locale === "ar" ? "en" : "ar"} />
            <button type="submit" className="btn btn--ghost btn--small" lang={locale === "ar" ? "en" : "ar"}>
              {t("header.switchTo")}
            </button>
          </form>
          <span className="user-chip" title={t("header.signedInAs", { name: user.name })}>
            <span className="user-chip__name">{user.name}</span>
            <span className={`role-badge role-badge--${user.role.toLowerCase()}`}>{t(`roles.${user.role}`)}</span>
          </span>
          <SignOutButton label={t("header.signOut")} />
        </div>
      </div>
    </header>
  );
}
