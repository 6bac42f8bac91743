import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** Every article with its report state and how many claims are ready, published or pending: the desk chief's view. */
export async function findReports(actor: Actor) {
  assertCan(actor, "report.export");
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { id: true, title: true, language: true, outlet: true, createdAt: true, report: { select: { slug: true, status: true, publishedAt: true, modifiedAt: true } } },
    }),
    db.claim.groupBy({ by: ["articleId", "status"], _count: { _all: true } }),
  ]);
  return articles.map((article) => {
    const mine = counts.filter((c) => c.articleId === article.id);
    const count = (status: string) => mine.find((c) => c.status === status)?._count._all ?? 0;
    const total = mine.reduce((sum, c) => sum + (c.status === "DISMISSED" ? 0 : c._count._all), 0);
    return { ...article, approved: count("APPROVED"), published: count("PUBLISHED"), pending: total - count("APPROVED") - count("PUBLISHED") };
  });
}
