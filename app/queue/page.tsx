import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueTable } from "@/components/queue/queue-table";
import { serialize } from "@/components/workspace/types";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findAssignableUsers } from "@/lib/users/find-users";
import { CLAIM_STATUSES } from "@/lib/workflow/claim-status";
import { countByStatus } from "@/lib/workflow/count-by-status";
import { findQueue } from "@/lib/workflow/find-queue";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("title") };
}

// The queue's default view is the open work; "all" shows every status.
const DEFAULT_STATUSES = "NEW,IN_RESEARCH,IN_REVIEW,CHANGES_REQUESTED";

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser();
  const query = await searchParams;
  const status = query.status === "all" ? undefined : (query.status ?? DEFAULT_STATUSES);
  const filters = {
    assignee: query.assignee || undefined,
    articleId: query.articleId || undefined,
    language: query.language || undefined,
    type: query.type || undefined,
    minScore: query.minScore || undefined,
  };
  const [t, page, counts, people] = await Promise.all([
    getTranslations(),
    findQueue(user, { ...filters, status, sort: (query.sort as "score") || "score", cursor: query.cursor || undefined, limit: 50 }),
    countByStatus(user, filters),
    findAssignableUsers(user),
  ]);
  const link = (changes: Record<string, string | undefined>) => {
    const merged: Record<string, string | undefined> = { ...query, cursor: undefined, ...changes };
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    return `/queue?${params}`;
  };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <>
      <PageHeader title={t("queue.title")} subtitle={t("queue.subtitle")} />
      <nav className="status-tabs" aria-label={t("queue.byStatus")}>
        <Link href={link({ status: undefined })} aria-current={!query.status ? "page" : undefined}>{t("queue.open")} · {counts.NEW + counts.IN_RESEARCH + counts.IN_REVIEW + counts.CHANGES_REQUESTED}</Link>
        {CLAIM_STATUSES.map((s) => (
          <Link key={s} href={link({ status: s })} aria-current={query.status === s ? "page" : undefined} className={`status-tab status-tab--${s}`}>
            {t(`status.${s}`)} · {counts[s]}
          </Link>
        ))}
        <Link href={link({ status: "all" })} aria-current={query.status === "all" ? "page" : undefined}>{t("queue.all")} · {total}</Link>
      </nav>
      <QueueFilters values={query} people={people} />
      <QueueTable
        rows={serialize(page.rows)}
        people={people}
        canAssign={can(user.role, "claim.assign")}
        canDismiss={can(user.role, "claim.dismiss")}
      />
      <div className="row pager">
        {query.cursor ? <Link className="btn" href={link({})}>{t("queue.firstPage")}</Link> : null}
        {page.nextCursor ? <Link className="btn" href={link({ cursor: page.nextCursor })} rel="next">{t("queue.nextPage")}</Link> : null}
      </div>
    </>
  );
}
