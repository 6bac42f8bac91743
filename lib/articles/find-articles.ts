import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The articles list, newest first, with claim counts per status for the progress bar. */
export async function findArticles(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, "article.read");
  const articles = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true, title: true, language: true, direction: true, outlet: true, sourceUrl: true, publishedAt: true, createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
  const counts = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  return articles.map((article) => ({
    ...article,
    statusCounts: Object.fromEntries(
      counts.filter((c) => c.articleId === article.id).map((c) => [c.status, c._count._all]),
    ) as Record<string, number>,
  }));
}
