import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClaimSidebar } from "@/components/workspace/claim-sidebar";
import { CommentsSection } from "@/components/workspace/comments-section";
import { HistoryTimeline } from "@/components/workspace/history-timeline";
import { SourcesSection } from "@/components/workspace/sources-section";
import { serialize } from "@/components/workspace/types";
import { VerdictSection } from "@/components/workspace/verdict-section";
import { requirePageUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { directionOf, resolveLocale } from "@/lib/i18n/locales";
import { findAssignableUsers } from "@/lib/users/find-users";
import { findClaimHistory } from "@/lib/workflow/find-claim-history";
import { getClaimWorkspace } from "@/lib/workflow/get-claim-workspace";

type Params = { articleId: string; claimId: string };

async function load(ref: Params) {
  const user = await requirePageUser();
  try {
    const [workspace, history] = await Promise.all([getClaimWorkspace(user, ref), findClaimHistory(user, { ...ref, limit: 50 })]);
    return { user, workspace, history };
  } catch (error) {
    // Unknown ids, and a claim asked for through an article it does not belong to, are the same 404.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { workspace } = await load(await params);
  return { title: workspace.claim.normalizedText.slice(0, 80) };
}

export default async function ClaimWorkspacePage({ params }: { params: Promise<Params> }) {
  const ref = await params;
  const { user, workspace, history } = await load(ref);
  const [t, format, locale, people] = await Promise.all([getTranslations(), getFormatter(), getLocale(), findAssignableUsers(user)]);
  const { claim, article, sources, verdicts, comments, actions, assignee } = workspace;
  const dir = directionOf(article.language);
  const uiLocale = resolveLocale(locale);
  const version = claim.version;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("workspace.breadcrumbs")}>
        <Link href={`/articles/${article.id}?claim=${claim.id}`} dir={dir}>{article.title}</Link>
      </nav>
      <div className="workspace">
        <div className="stack">
          <section className="card card__body stack" aria-labelledby="claim-heading" data-claim-version={version}>
            <div className="row">
              <h1 id="claim-heading" className="workspace__title">{t("workspace.title")}</h1>
              <span className={`status status--${claim.status}`} data-testid="claim-status">{t(`status.${claim.status}`)}</span>
            </div>
            <blockquote className="claim-quote" dir={dir} lang={article.language}>{claim.text}</blockquote>
            <p className="workspace__normalized" dir={dir}><strong>{t("claims.normalized")}:</strong> {claim.normalizedText}</p>
            <p className="muted workspace__excerpt" dir={dir}>
              {article.excerpt.before}<mark>{article.excerpt.quote}</mark>{article.excerpt.after}
            </p>
          </section>
          <VerdictSection target={{ articleId: article.id, claimId: claim.id, version }} verdicts={serialize(verdicts)} actions={actions}
            sourceCount={sources.length} isPublished={Boolean(claim.publishedVerdictId)} locale={uiLocale} currentUserId={user.id} />
          <SourcesSection target={{ articleId: article.id, claimId: claim.id, version }} sources={serialize(sources)} canManage={actions.manageSources} />
          <CommentsSection target={{ articleId: article.id, claimId: claim.id, version }} comments={serialize(comments)} canComment={actions.comment} />
        </div>
        <aside className="stack">
          <ClaimSidebar target={{ articleId: article.id, claimId: claim.id, version }} claim={serialize({ status: claim.status, score: claim.score, type: claim.type, priority: claim.priority, dueAt: claim.dueAt })}
            assignee={assignee} actions={actions} people={people} currentUserId={user.id} />
          <HistoryTimeline events={history.events} format={(d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}
            extractedAt={claim.origin === "EXTRACTED" && !history.nextCursor ? claim.createdAt : null} />
        </aside>
      </div>
    </>
  );
}
