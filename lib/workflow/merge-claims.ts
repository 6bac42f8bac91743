import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { assertEditable, assertTransition } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { areAdjacent, normalizeClaimText, resolveSpan } from "./internal/spans";
import { ZMergeClaimsInput, type TMergeClaimsInput } from "./schemas/claim-editing";

/**
 * Merges two neighbouring claims of one article (the extractor cut one assertion in two) into a single claim that
 * spans both. The earlier claim survives with its id and history; the later one is deleted and its comments move
 * over. Claims with sources or verdicts are refused: research attached to one half would silently change meaning.
 *
 * One audit event: `claimId` is the surviving claim, `entityId` the deleted one, so "where did claim X go?" is one
 * lookup by entity.
 */
export async function mergeClaims(actor: Actor, raw: TMergeClaimsInput) {
  assertCan(actor, "claim.edit");
  const input = parseInput(ZMergeClaimsInput, raw);
  return db.$transaction(async (tx) => {
    const loaded = [];
    for (const part of input.claims) {
      loaded.push(await loadClaimAtVersion(tx, { articleId: input.articleId, ...part }));
    }
    const [first, second] = loaded.sort((a, b) => a.start - b.start) as [(typeof loaded)[0], (typeof loaded)[0]];
    assertEditable(first.status, "merge");
    assertEditable(second.status, "merge");

    const research = await tx.claim.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { id: true, _count: { select: { sources: true, verdicts: true } } },
    });
    if (research.some((claim) => claim._count.sources > 0 || claim._count.verdicts > 0)) {
      throw new AppError("CONFLICT", "Claims that already have sources or verdicts cannot be merged.");
    }

    const article = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { body: true } });
    if (!areAdjacent(article.body, first, second)) {
      throw new AppError("CONFLICT", "Only claims next to each other can be merged; other text stands between them.", {
        firstEnd: first.end,
        secondStart: second.start,
      });
    }
    const span = resolveSpan(article.body, first.start, second.end);

    // Guard the later claim's version first (this also locks it), then rescue its comments from the delete's cascade.
    await updateClaimAtVersion(tx, second, {});
    await tx.comment.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
    await tx.claim.delete({ where: { id: second.id } });
    // Research already begun on either half carries over to the whole.
    const status: ClaimStatus = first.status === "IN_RESEARCH" || second.status === "IN_RESEARCH" ? "IN_RESEARCH" : "NEW";
    if (status !== first.status) assertTransition(first.status, status);
    const merged = await updateClaimAtVersion(tx, first, {
      start: span.start,
      end: span.end,
      text: span.text,
      normalizedText: normalizeClaimText(span.text),
      status,
      score: Math.max(first.score, second.score),
      assigneeId: first.assigneeId ?? second.assigneeId,
      priority: Math.max(first.priority, second.priority),
      dueAt: earliest(first.dueAt, second.dueAt),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.merge",
      entityType: "Claim",
      entityId: second.id,
      claimId: first.id,
      before: {
        start: first.start,
        end: first.end,
        text: first.text,
        normalizedText: first.normalizedText,
        status: first.status,
        version: first.version,
        mergedClaim: { id: second.id, start: second.start, end: second.end, text: second.text, version: second.version },
      },
      after: {
        start: merged.start,
        end: merged.end,
        text: merged.text,
        normalizedText: merged.normalizedText,
        status: merged.status,
        version: merged.version,
      },
    });
    return merged;
  });
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
