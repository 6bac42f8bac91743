import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** One article with its claims in text order, for the article page. */
export async function getArticle(actor: Actor, articleId: string) {
  assertCan(actor, "article.read");
  if (!/^[0-9a-f-]{36}$/i.test(articleId)) throw new AppError("NOT_FOUND", "This article does not exist.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      createdBy: { select: { name: true } },
      claims: {
        orderBy: [{ start: "asc" }, { end: "asc" }],
        include: { assignee: { select: { id: true, name: true } } },
      },
      report: { select: { slug: true, status: true, publishedAt: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article does not exist.");
  return article;
}
