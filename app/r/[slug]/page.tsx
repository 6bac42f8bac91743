import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { loadPublicReport } from "@/lib/publishing/load-report";
import { publicBaseUrl } from "@/lib/publishing/base-url";
import { PUBLIC_REPORT_FONT_CSS } from "@/lib/publishing/public-fonts";
import { buildReportHtml, claimReviewJsonLd, reportCss } from "@/lib/reports";

export const dynamic = "force-dynamic";

async function load(slug: string) {
  const host = (await headers()).get("host");
  const base = publicBaseUrl(host ? new Request(`http://${host}/`) : undefined);
  try {
    return await loadPublicReport(slug, undefined, base);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const data = await load((await params).slug);
  return { title: data.subject.kind === "article" ? data.subject.article.title : data.subject.title };
}

/** The public, read-only fact-check page. No sign-in; only published content; ClaimReview JSON-LD for search engines. */
export default async function PublicReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const data = await load((await params).slug);
  return (
    <div className="public-report" lang={data.locale} dir={data.locale === "ar" ? "rtl" : "ltr"}>
      <style dangerouslySetInnerHTML={{ __html: `${PUBLIC_REPORT_FONT_CSS}\n${reportCss(data.locale)}` }} />
      {/* The builders escape every piece of text; see lib/reports/html.ts. */}
      <div dangerouslySetInnerHTML={{ __html: buildReportHtml(data, { standalone: false }) }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: claimReviewJsonLd(data) }} />
    </div>
  );
}
