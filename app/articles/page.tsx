import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBar } from "@/components/status-bar";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findArticles } from "@/lib/articles/find-articles";
import { directionOf } from "@/lib/i18n/locales";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticlesPage() {
  const user = await requirePageUser();
  const [t, format, articles] = await Promise.all([getTranslations(), getFormatter(), findArticles(user)]);
  return (
    <>
      <PageHeader title={t("articles.title")} subtitle={t("articles.subtitle")}>
        {can(user.role, "article.import") ? (
          <Link href="/articles/new" className="btn btn--primary">{t("articles.import")}</Link>
        ) : null}
      </PageHeader>
      {articles.length === 0 ? (
        <div className="card empty">
          <div className="empty__icon" aria-hidden="true">س</div>
          <h2>{t("articles.empty")}</h2>
          <p className="muted">{t("articles.emptyHint")}</p>
        </div>
      ) : (
        <ul className="article-list" aria-label={t("articles.title")}>
          {articles.map((article) => (
            <li key={article.id} className="card article-list__item">
              <Link href={`/articles/${article.id}`} className="article-list__title" dir={directionOf(article.language)}>
                {article.title}
              </Link>
              <div className="article-meta">
                {article.outlet ? <span>{article.outlet}</span> : null}
                <span>{t(`languages.${article.language}` as "languages.ar")}</span>
                {article.publishedAt ? <span>{t("articles.published")}: {format.dateTime(article.publishedAt, { dateStyle: "medium" })}</span> : null}
                <span>{t("articles.imported")}: {format.dateTime(article.createdAt, { dateStyle: "medium" })}</span>
                <span>{t("articles.claims", { count: article._count.claims })}</span>
              </div>
              <StatusBar counts={article.statusCounts} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
