import type { Prisma } from "@/lib/generated/prisma/client";

/** The one include that loads everything a report shows about a claim. */
export const REPORT_CLAIM_INCLUDE = {
  verdicts: {
    orderBy: { revision: "asc" },
    include: {
      author: { select: { name: true } },
      reviews: { orderBy: { createdAt: "asc" }, include: { reviewer: { select: { name: true } } } },
    },
  },
  sources: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.ClaimInclude;

export function reportSlugFor(articleId: string): string {
  // Stable and opaque: a report URL must not change when a headline is corrected.
  return `fc-${articleId.replace(/-/g, "").slice(0, 12)}`;
}

export function organization(baseUrl: string) {
  return { name: process.env.SANAD_ORGANIZATION_NAME ?? "Sanad fact-check desk", url: baseUrl };
}
