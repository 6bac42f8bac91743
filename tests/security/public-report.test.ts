import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { loadPublicReport } from "@/lib/publishing/load-report";
import { publishReport } from "@/lib/publishing/publish-report";
import { buildReportHtml, claimReviewJsonLd } from "@/lib/reports";
import { addSource } from "@/lib/workflow/add-source";
import { proposeVerdict } from "@/lib/workflow/propose-verdict";
import { reopenClaimForCorrection } from "@/lib/workflow/reopen-claim";
import { reviewVerdict } from "@/lib/workflow/review-verdict";
import { updateNormalizedText } from "@/lib/workflow/update-normalized-text";
import { updateSource } from "@/lib/workflow/update-source";
import { approveVerdict, claimContaining, importSeedCopy, newUser, type TestUser } from "../helpers/factories";

const BASE_URL = "https://sanad.example.org";
const TRAINING = "12 فرداً";
const INTERNAL_NOTE = "INTERNAL: the spokesman asked not to be named";

let editor: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR");
  reviewer = await newUser("REVIEWER");
});

const version = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

/** A claim taken through the real workflow to a published verdict with one source. */
async function publishedClaim() {
  const article = await importSeedCopy(editor);
  const claim = claimContaining(article.claims, TRAINING);
  const ref = { articleId: article.id, claimId: claim.id };
  const { source } = await addSource(editor, {
    ...ref, version: claim.version, url: "https://ministry.example/statement", title: "Ministry statement", stance: "REFUTES", note: INTERNAL_NOTE,
  });
  const { verdict } = await proposeVerdict(editor, { ...ref, version: await version(claim.id), rating: "FALSE", rationale: "The ministry says 12." });
  await reviewVerdict(reviewer, { ...ref, version: await version(claim.id), verdictId: verdict.id, decision: "APPROVE" });
  const { slug } = await publishReport(reviewer, { articleId: article.id });
  return { article, claim, ref, source, slug };
}

describe("the public report shows only what was reviewed and published", () => {
  it("keeps unreviewed edits made during a correction off the public page until they are approved and republished", async () => {
    const { ref, source, slug } = await publishedClaim();
    const published = (await loadPublicReport(slug, "en", BASE_URL)).claims[0]!;

    await reopenClaimForCorrection(reviewer, { ...ref, version: await version(ref.claimId), reason: "New figures" });
    await updateNormalizedText(editor, { ...ref, version: await version(ref.claimId), normalizedText: "UNREVIEWED wording" });
    await updateSource(editor, { ...ref, version: await version(ref.claimId), sourceId: source.id, title: "UNREVIEWED title" });
    await addSource(editor, { ...ref, version: await version(ref.claimId), url: "https://evil.example/", title: "UNREVIEWED source", stance: "SUPPORTS" });

    const during = await loadPublicReport(slug, "en", BASE_URL);
    expect(during.claims).toHaveLength(1);
    expect(during.claims[0]).toMatchObject({ normalizedText: published.normalizedText, quote: published.quote, sources: published.sources });
    expect(during.claims[0]!.verdict).toMatchObject({ rating: "FALSE", revision: 1 });
    const page = buildReportHtml(during, { standalone: false }) + claimReviewJsonLd(during);
    expect(page).not.toContain("UNREVIEWED");
    expect(page).not.toContain("evil.example");

    // Reviewed and republished: now readers see the new wording and sources.
    const { verdict } = await proposeVerdict(editor, {
      ...ref, version: await version(ref.claimId), rating: "MOSTLY_FALSE", rationale: "Revised.", correctionNote: "Figures updated.",
    });
    await reviewVerdict(reviewer, { ...ref, version: await version(ref.claimId), verdictId: verdict.id, decision: "APPROVE" });
    await publishReport(reviewer, { articleId: ref.articleId });
    const after = (await loadPublicReport(slug, "en", BASE_URL)).claims[0]!;
    expect(after.normalizedText).toBe("UNREVIEWED wording");
    expect(after.sources.map((s) => s.title).sort()).toEqual(["UNREVIEWED source", "UNREVIEWED title"]);
    expect(after.verdict).toMatchObject({ rating: "MOSTLY_FALSE", revision: 2 });
  });

  it("never carries a source's internal note or who added it", async () => {
    const { slug } = await publishedClaim();
    const report = await loadPublicReport(slug, "ar", BASE_URL);
    expect(JSON.stringify(report)).not.toContain(INTERNAL_NOTE);
    expect(Object.keys(report.claims[0]!.sources[0]!).sort()).toEqual(
      ["accessedAt", "archivedUrl", "excerpt", "publishedAt", "publisher", "stance", "title", "url"],
    );
  });

  it("uses the report's own language when the page does not ask for one", async () => {
    const { slug, article } = await publishedClaim();
    expect((await loadPublicReport(slug, undefined, BASE_URL)).locale).toBe("ar");
    await db.report.update({ where: { articleId: article.id }, data: { language: "en" } });
    expect((await loadPublicReport(slug, undefined, BASE_URL)).locale).toBe("en");
  });
});

describe("two people publishing the same report at once", () => {
  it("publishes each claim once: the publisher who read a claim before the other committed gets STALE_VERSION", async () => {
    const article = await importSeedCopy(editor);
    const claim = claimContaining(article.claims, TRAINING);
    const verdict = await approveVerdict(claim.id, { author: editor, reviewer });
    const approved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });

    // The first publisher's write, held open (row locked) until released.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = db.$transaction(
      async (tx) => {
        await tx.claim.update({
          where: { id: claim.id },
          data: { status: "PUBLISHED", publishedVerdictId: verdict.id, firstPublishedAt: new Date(), version: { increment: 1 } },
        });
        await recordAudit(tx, { actorId: reviewer.id, action: "claim.publish", entityType: "Claim", entityId: claim.id, claimId: claim.id });
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;

    const second = publishReport(reviewer, { articleId: article.id }).then(
      () => null,
      (error: { code?: string }) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // let it read the APPROVED claim and queue behind the lock
    release();
    await first;

    // On the embedded PGlite (one transaction at a time) the second publisher reads after the commit: CONFLICT.
    expect(["STALE_VERSION", "CONFLICT"]).toContain((await second)?.code);
    expect(await db.auditEvent.count({ where: { claimId: claim.id, action: "claim.publish" } })).toBe(1);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "PUBLISHED", version: approved.version + 1 });
  });
});
