import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArticleWorkbench } from "@/components/claims/article-workbench";
import { ReextractButton } from "@/components/claims/reextract-button";
import type { WorkbenchClaim } from "@/components/claims/types";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getArticle } from "@/lib/articles/get-article";
import { isAppError } from "@/lib/errors";
import { describeReason, type ScoreReason } from "@/lib/extraction";
import { directionOf, resolveLocale } from "@/lib/i18n/locales";
import { findAssignableUsers } from "@/lib/users/find-users";

async function load(articleId: string) {
  const user = await requirePageUser();
  try {
    return { user, article: await getArticle(user, articleId) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ articleId: string }> }) {
  const { article } = await load((await params).articleId);
  return { title: article.title };
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ articleId }, query] = await Promise.all([params, searchParams]);
  const { user, article } = await load(articleId);
  const [t, format, locale, people] = await Promise.all([getTranslations(), getFormatter(), getLocale(), findAssignableUsers(user)]);
  const dir = directionOf(article.language);
  const claims: WorkbenchClaim[] = article.claims.map((claim, index) => ({
    id: claim.id,
    number: index + 1,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    normalizedText: claim.normalizedText,
    status: claim.status,
    version: claim.version,
    score: claim.score,
    type: claim.type,
    origin: claim.origin,
    reasons: (claim.reasons as unknown as ScoreReason[]).map((reason) => describeReason(reason, resolveLocale(locale))),
    dismissReason: claim.dismissReason,
    assignee: claim.assignee,
    priority: claim.priority,
    dueAt: claim.dueAt?.toISOString() ?? null,
  }));
  return (
    <>
      {query.imported ? <p className="alert alert--success page-alert" role="status">{t("articles.importedNotice", { count: claims.length })}</p> : null}
      {query.existing ? <p className="alert alert--info page-alert" role="status">{t("articles.existingNotice")}</p> : null}
      <div className="page-head">
        <div>
          <h1 className="article-title" dir={dir}>{article.title}</h1>
          <div className="article-meta">
            {article.outlet ? <span>{t("articles.outlet")}: <bdi>{article.outlet}</bdi></span> : null}
            <span>{t("articles.language")}: {t(`languages.${article.language}` as "languages.ar")}</span>
            {article.publishedAt ? <span>{t("articles.published")}: {format.dateTime(article.publishedAt, { dateStyle: "long" })}</span> : null}
            {article.sourceUrl ? <a href={article.sourceUrl} rel="noreferrer noopener" target="_blank">{t("articles.source")}</a> : null}
            <span>{t("articles.claims", { count: claims.length })}</span>
          </div>
        </div>
        {can(user.role, "article.reextract") ? <ReextractButton articleId={article.id} /> : null}
      </div>
      <ArticleWorkbench
        article={{ id: article.id, body: article.body, dir, lang: article.language }}
        claims={claims}
        people={people}
        currentUserId={user.id}
        permissions={{
          edit: can(user.role, "claim.edit"),
          take: can(user.role, "claim.take"),
          assign: can(user.role, "claim.assign"),
          plan: can(user.role, "claim.plan"),
          dismiss: can(user.role, "claim.dismiss"),
        }}
      />
    </>
  );
}
