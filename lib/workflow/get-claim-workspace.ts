import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadVerdictRevisions } from "./find-verdict-revisions";
import { loadClaim } from "./internal/claim-access";
import { excerptAround } from "./internal/spans";
import { ZClaimRefInput, type TClaimRefInput } from "./schemas/claim-editing";
import { workspaceActions } from "./workspace-actions";

/**
 * Everything the claim workspace shows, in one read: the claim, its article (with the text around the claim, not the
 * whole body), assignee, sources, every verdict revision with its reviews and changes, the comments, and which
 * actions this actor may take. The history timeline is separate (findClaimHistory): it grows without bound.
 */
export async function getClaimWorkspace(actor: Actor, raw: TClaimRefInput) {
  assertCan(actor, "claim.read");
  const input = parseInput(ZClaimRefInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input);
    // Sequential on purpose: one transaction is one connection, so parallel queries would only queue up.
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { id: true, title: true, language: true, direction: true, outlet: true, sourceUrl: true, body: true },
    });
    const assignee = claim.assigneeId
      ? await tx.user.findUnique({ where: { id: claim.assigneeId }, select: { id: true, name: true } })
      : null;
    const sources = await tx.source.findMany({
      where: { claimId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { addedBy: { select: { id: true, name: true } } },
    });
    const verdicts = await loadVerdictRevisions(tx, claim);
    const comments = await tx.comment.findMany({
      where: { claimId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { id: true, name: true } } },
    });
    const { body, ...articleFields } = article;
    const latest = verdicts[verdicts.length - 1] ?? null;
    return {
      claim,
      article: { ...articleFields, excerpt: excerptAround(body, claim) },
      assignee,
      sources,
      verdicts,
      comments,
      actions: workspaceActions(actor, claim, latest ? { authorId: latest.author.id } : null),
    };
  });
}

export type ClaimWorkspace = Awaited<ReturnType<typeof getClaimWorkspace>>;
