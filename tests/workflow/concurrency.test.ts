import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { reviewVerdict } from "@/lib/workflow/review-verdict";
import { updateNormalizedText } from "@/lib/workflow/update-normalized-text";
import { createArticle, createClaim, createSource, createUser, createVerdict, type TestUser } from "../helpers/workflow-fixtures";

const TEXT = "وظل الحموشي حريصاً على تقاسم المعلومات الحساسة مع الجانب الفرنسي";

/**
 * Holds a competing change to the claim open in its own transaction (row locked, version bumped, audit written) until
 * released. Lets a test start an operation that has already read the old version, so only the guarded
 * `UPDATE … WHERE version = …` — not the early version check — can stop it from overwriting.
 *
 * Only a real server exercises the race: the embedded PGlite serves one transaction at a time, so there the edit
 * reads after the competing commit and the early check refuses it (the test passes either way). CI runs these
 * tests with TEST_DATABASE_URL, where removing the version from the guarded UPDATE makes both tests fail.
 */
async function holdCompetingChange(claimId: string, by: TestUser) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = db.$transaction(
    async (tx) => {
      const row = await tx.claim.update({ where: { id: claimId }, data: { normalizedText: "تغيير منافس", version: { increment: 1 } } });
      await recordAudit(tx, {
        actorId: by.id,
        action: "claim.normalize",
        entityType: "Claim",
        entityId: claimId,
        claimId,
        before: { normalizedText: TEXT, version: row.version - 1 },
        after: { normalizedText: row.normalizedText, version: row.version },
      });
      locked();
      await released;
    },
    { timeout: 20_000 },
  );
  await isLocked;
  return { release, done };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the guarded write closes the race the early version check cannot", () => {
  it("refuses an edit whose claim changed after it was read, keeping the competing change", async () => {
    const rival = await createUser({ name: "Mounir" });
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TEXT);
    const competing = await holdCompetingChange(claim.id, rival);

    const edit = updateNormalizedText(editor, { articleId: claim.articleId, claimId: claim.id, version: claim.version, normalizedText: "تعديلي" });
    const outcome = edit.then(
      () => null,
      (error: { code?: string; params?: Record<string, unknown> }) => error,
    );
    await pause(300); // let the edit read the claim and queue behind the row lock
    competing.release();
    await competing.done;

    const error = await outcome;
    expect(error?.code).toBe("STALE_VERSION");
    expect(error?.params).toMatchObject({ changedBy: "Mounir", fields: "normalizedText", currentVersion: claim.version + 1 });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.normalizedText, row.version]).toEqual(["تغيير منافس", claim.version + 1]);
  });

  it("refuses an approval when the claim changed under the reviewer", async () => {
    const rival = await createUser();
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const claim = await createClaim(await createArticle(), TEXT, { status: "IN_REVIEW" });
    await createSource(claim.id, editor);
    const verdict = await createVerdict(claim.id, editor);
    const competing = await holdCompetingChange(claim.id, rival);

    const outcome = reviewVerdict(reviewer, {
      articleId: claim.articleId,
      claimId: claim.id,
      version: claim.version,
      verdictId: verdict.id,
      decision: "APPROVE",
    }).then(
      () => null,
      (error: { code?: string }) => error,
    );
    await pause(300);
    competing.release();
    await competing.done;

    expect((await outcome)?.code).toBe("STALE_VERSION");
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });
});
