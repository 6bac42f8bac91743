import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadClaim } from "./internal/claim-access";
import { ZClaimRefInput, type TClaimRefInput } from "./schemas/claim-editing";

/** A claim's discussion, oldest first, with each author's name. */
export async function findComments(actor: Actor, raw: TClaimRefInput) {
  assertCan(actor, "claim.read");
  const input = parseInput(ZClaimRefInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input);
    return tx.comment.findMany({
      where: { claimId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { id: true, name: true } } },
    });
  });
}
