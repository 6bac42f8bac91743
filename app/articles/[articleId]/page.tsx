import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/article/article-text";
import { requireUser } from "@/lib/auth/current-user";
import { getArticle } from "@/lib/articles/get-article";
import { isAppError } from "@/lib/errors";
import { directionOf } from "@/lib/i18n/locales";

async function load(articleId: string) {
  const user = await requireUser();
  try {
    return { user, article: await getArticle(user, articleId) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const { article } = await load(articleId);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const dir = directionOf(article.language);
  return (
    <article className="card">
      <div className="card__body">
        <h1 className="article-title" dir={dir}>{article.title}</h1>
        <div className="article-meta">
          {article.outlet ? <span>{t("articles.outlet")}: <bdi>{article.outlet}</bdi></span> : null}
          <span>{t("articles.language")}: {t(`languages.${article.language}` as "languages.ar")}</span>
          {article.publishedAt ? <span>{t("articles.published")}: {format.dateTime(article.publishedAt, { dateStyle: "long" })}</span> : null}
          {article.sourceUrl ? <a href={article.sourceUrl} rel="noreferrer noopener" target="_blank">{t("articles.source")}</a> : null}
          <span>{t("articles.claims", { count: article.claims.length })}</span>
        </div>
        <ArticleText body={article.body} dir={dir} lang={article.language} claims={article.claims.map((c) => ({ id: c.id, start: c.start, end: c.end, status: c.status }))} />
      </div>
    </article>
  );
}
