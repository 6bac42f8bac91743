import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

import { HOSTILE, hostileReport } from "./__fixtures__/hostile-report";
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, arabicArticleReport, collectionReport, englishReportOfArabicArticle } from "./__fixtures__/sample-report";
import { buildReportHtml } from "./html";

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe("buildReportHtml", () => {
  it("sets lang and dir from the report locale", () => {
    expect(buildReportHtml(arabicArticleReport())).toContain('<html lang="ar" dir="rtl">');
    expect(buildReportHtml(englishReportOfArabicArticle())).toContain('<html lang="en" dir="ltr">');
  });

  it("lays out the article header, summary, claim cards and sign-off", () => {
    const doc = parse(buildReportHtml(arabicArticleReport()));
    expect(doc.querySelector("h1")?.textContent).toBe(ARABIC_ARTICLE.title);
    expect(doc.querySelector(".facts")?.textContent).toContain("صحيفة الغد");
    expect(doc.querySelector(".summary .total")?.textContent).toContain("5");
    const cards = doc.querySelectorAll("article.claim");
    expect(cards).toHaveLength(5);
    const first = cards[0]!;
    expect(first.id).toBe("claim-c0ffee00-0000-4000-8000-000000000001");
    expect(first.querySelector(".badge")?.textContent).toContain("صحيح في معظمه");
    expect(first.querySelector(".badge .num")?.textContent).toBe("5 من 6");
    expect(first.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(first.querySelector(".signoff")?.textContent).toContain("عمر الخطيب");
    expect(first.getAttribute("style")).toContain("--badge:#3b6b1c");
  });

  it("lists a pending claim without verdict or sources", () => {
    const doc = parse(buildReportHtml(arabicArticleReport()));
    const pending = doc.querySelector("article.claim.pending")!;
    expect(pending.querySelector(".badge")?.textContent).toBe("قيد المراجعة");
    expect(pending.querySelector("table")).toBeNull();
    expect(buildReportHtml(arabicArticleReport({ includePending: false }))).not.toContain("claim pending");
  });

  it("keeps an Arabic quote right-to-left inside an English report", () => {
    const doc = parse(buildReportHtml(englishReportOfArabicArticle()));
    const quote = doc.querySelector("blockquote")!;
    expect(quote.getAttribute("dir")).toBe("rtl");
    expect(quote.getAttribute("lang")).toBe("ar");
    expect(doc.querySelector(".badge")?.textContent).toContain("Mostly true");
  });

  it("says which article each claim of a collection comes from", () => {
    const doc = parse(buildReportHtml(collectionReport()));
    const froms = [...doc.querySelectorAll(".from")].map((p) => p.textContent ?? "");
    expect(froms).toHaveLength(3);
    expect(froms[2]).toContain(ENGLISH_ARTICLE.title);
    expect(doc.querySelectorAll("blockquote")[2]?.getAttribute("dir")).toBe("ltr");
    expect(doc.querySelector(".draft")).not.toBeNull();
  });

  it("escapes hostile text so it stays inert and comes back intact", () => {
    const html = buildReportHtml(hostileReport());
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const doc = parse(html);
    expect(doc.querySelector("blockquote")?.textContent).toBe(HOSTILE.quote);
    expect(doc.querySelector(".normalized bdi")?.textContent).toBe(HOSTILE.normalized);
    expect(doc.querySelector(".rationale")?.textContent).toContain("\u200Fقال الوزير \u202Eإن\u202C الأرقام");
    expect(doc.querySelector(".signoff")?.textContent).toContain(HOSTILE.name);
    expect(doc.querySelector(".kicker .org")?.textContent).toBe("Desk <i>&</i>");
  });

  it("never turns a non-http URL into a link", () => {
    const doc = parse(buildReportHtml(hostileReport()));
    const hrefs = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
    expect(hrefs.some((h) => /^javascript:/i.test(h))).toBe(false);
    expect(doc.querySelector("tbody")?.textContent).toContain(HOSTILE.badUrl);
    expect(hrefs).toContain("https://archive.example/x?a=1&b=%3C2%3E");
  });

  it("is one offline file: fonts embedded as data URLs, no scripts or remote loads allowed", () => {
    const html = buildReportHtml(arabicArticleReport());
    expect(html).toMatch(/@font-face\{font-family:"Noto Naskh Arabic"[^}]*src:url\(data:font\/woff2;base64,/);
    expect(html).toMatch(/@font-face\{font-family:"Inter"/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)=["']?https?:\/\/[^"']*\.(css|js|woff2?)/);
  });

  it("embeds the Arabic face in an English report only when there is Arabic text", () => {
    const english = collectionReport().claims[2]!;
    const latinOnly = collectionReport({
      locale: "en",
      organization: { name: "Sanad", url: "https://sanad.example" },
      subject: { kind: "collection", title: "Wheat" },
      claims: [
        {
          ...english,
          verdict: { ...english.verdict!, proposedBy: { name: "Lina" }, approvedBy: { name: "Omar" } },
          sources: english.sources.map((s) => ({ ...s, excerpt: null, publisher: "FAO", title: "Wheat" })),
        },
      ],
    });
    expect(buildReportHtml(latinOnly)).not.toContain('font-family:"Noto Naskh Arabic";font-style');
    expect(buildReportHtml(englishReportOfArabicArticle())).toContain('font-family:"Noto Naskh Arabic";font-style');
  });

  it("returns a bare fragment when not standalone", () => {
    const html = buildReportHtml(arabicArticleReport(), { standalone: false });
    expect(html.startsWith('<div class="sanad-report" lang="ar" dir="rtl">')).toBe(true);
    expect(html).not.toContain("<html");
    expect(html).not.toContain("@font-face");
  });

  it("shows corrections at the top and on the corrected claim", () => {
    const data = arabicArticleReport();
    data.corrections = [{ claimId: data.claims[1]!.id, note: "بعد بيان الوزارة", at: new Date("2025-01-19T10:00:00Z"), previousRating: "MOSTLY_FALSE", rating: "FALSE" }];
    const doc = parse(buildReportHtml(data));
    expect(doc.querySelector(".corrections a")?.getAttribute("href")).toBe(`#claim-${data.claims[1]!.id}`);
    expect(doc.querySelectorAll("article.claim")[1]?.querySelector(".correction-note")?.textContent).toContain("خاطئ في معظمه");
  });
});
