import Ajv from "ajv";
import addFormats from "ajv-formats";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

import { HOSTILE, hostileReport } from "./__fixtures__/hostile-report";
import { arabicArticleReport, collectionReport, englishReportOfArabicArticle } from "./__fixtures__/sample-report";
import { buildClaimReviews, claimReviewJsonLd } from "./claimreview";
import schema from "./claimreview.schema.json";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(value: unknown): void {
  if (!validate(value)) throw new Error(ajv.errorsText(validate.errors));
}

describe("buildClaimReviews", () => {
  it("builds one valid ClaimReview per reviewed claim, none for pending ones", () => {
    const reviews = buildClaimReviews(arabicArticleReport());
    expectValid(reviews);
    expect(reviews).toHaveLength(4);
    expect(reviews.map((r) => r.url)).not.toContain(
      "https://sanad.example/reports/alghad-economy#claim-c0ffee00-0000-4000-8000-000000000004",
    );
  });

  it("points url at the claim's anchor and fills Google's recommended fields", () => {
    const [first] = buildClaimReviews(arabicArticleReport());
    expect(first).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://sanad.example/reports/alghad-economy#claim-c0ffee00-0000-4000-8000-000000000001",
      claimReviewed: "بلغ معدل البطالة 7% في عام 2024",
      inLanguage: "ar",
      author: { "@type": "Organization", name: "سند للتحقق", url: "https://sanad.example/" },
      datePublished: "2025-01-17T09:00:00.000Z",
      reviewRating: { "@type": "Rating", alternateName: "صحيح في معظمه", ratingValue: 5, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "صحيفة الغد" },
        datePublished: "2025-01-14T08:30:00.000Z",
        appearance: {
          "@type": "CreativeWork",
          url: "https://alghad.example/news/2024/economy-report",
          headline: "الحكومة تعلن تراجع البطالة وافتتاح مئات المدارس خلال عام 2024",
          inLanguage: "ar",
          datePublished: "2025-01-14T08:30:00.000Z",
        },
      },
    });
  });

  it("gives UNVERIFIABLE a label and no number", () => {
    const reviews = buildClaimReviews(englishReportOfArabicArticle());
    expect(reviews.at(-1)?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expectValid(reviews);
  });

  it("adds dateModified when the claim was corrected, and prefers the claim's own first publication date", () => {
    const data = arabicArticleReport();
    data.claims[1] = { ...data.claims[1]!, firstPublishedAt: new Date("2025-01-18T00:00:00Z") };
    data.corrections = [
      { claimId: data.claims[1]!.id, note: "x", at: new Date("2025-01-19T10:00:00Z"), previousRating: "MOSTLY_FALSE", rating: "FALSE" },
    ];
    const reviews = buildClaimReviews(data);
    expectValid(reviews);
    expect(reviews[1]).toMatchObject({ datePublished: "2025-01-18T00:00:00.000Z", dateModified: "2025-01-19T10:00:00.000Z" });
    expect(reviews[0]).not.toHaveProperty("dateModified");
  });

  it("uses each claim's own article in a collection, and omits what the article lacks", () => {
    const data = collectionReport();
    data.claims[2] = { ...data.claims[2]!, article: { ...data.claims[2]!.article, outlet: null, sourceUrl: null, publishedAt: null } };
    const reviews = buildClaimReviews(data);
    expectValid(reviews);
    expect(reviews[2]?.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", headline: "Minister says wheat exports doubled", inLanguage: "en" },
    });
  });

  it("builds nothing without a public page to point to", () => {
    expect(buildClaimReviews(arabicArticleReport({ publicUrl: null }))).toEqual([]);
    expect(buildClaimReviews(arabicArticleReport({ publicUrl: "javascript:alert(1)" }))).toEqual([]);
  });

  it("has a schema that rejects what Google would reject", () => {
    const [review] = buildClaimReviews(arabicArticleReport());
    expect(validate([{ ...review, url: "https://sanad.example/reports/alghad-economy" }])).toBe(false);
    expect(validate([{ ...review, reviewRating: { "@type": "Rating", ratingValue: 5 } }])).toBe(false);
    expect(validate([{ ...review, reviewRating: { "@type": "Rating", alternateName: "x", ratingValue: 5 } }])).toBe(false);
    const withoutClaim: Record<string, unknown> = { ...review };
    delete withoutClaim.claimReviewed;
    expect(validate([withoutClaim])).toBe(false);
  });
});

describe("claimReviewJsonLd", () => {
  it("is inert inside a script element and parses back to the same text", () => {
    const data = hostileReport();
    data.claims[0] = { ...data.claims[0]!, normalizedText: HOSTILE.quote };
    const json = claimReviewJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003c/script\\u003e");
    const doc = new JSDOM(`<!doctype html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body>`).window.document;
    const scripts = doc.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(doc.body.textContent).toBe("after");
    const parsed = JSON.parse(scripts[0]!.textContent ?? "") as { claimReviewed: string }[];
    expect(parsed[0]?.claimReviewed).toBe(HOSTILE.quote);
    expectValid(parsed);
  });
});
