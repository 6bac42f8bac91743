import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticleFromHtml } from "./html-text";

const arabicPage = readFileSync(new URL("./fixtures/arabic-article.html", import.meta.url), "utf8");

describe("extractArticleFromHtml", () => {
  it("keeps only the Arabic article body, one paragraph per block, separated by blank lines", () => {
    const article = extractArticleFromHtml(arabicPage);
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^قال وزير العمل في مؤتمر صحفي/);
    expect(paragraphs[1]).toMatch(/^وأضاف الوزير/);
    // <br> is a line break inside the paragraph, not a new paragraph.
    expect(paragraphs[2]).toContain("ثلاث نقاط مئوية.\nوطالبوا بنشر");
  });

  it("drops navigation, sidebars and footers", () => {
    const { text } = extractArticleFromHtml(arabicPage);
    for (const boilerplate of ["الرئيسية", "رياضة", "الأكثر قراءة", "خبر جانبي", "جميع الحقوق محفوظة", "سياسة الخصوصية"]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it("never runs the page's scripts or event handlers", () => {
    const { text } = extractArticleFromHtml(arabicPage);
    expect(text).not.toMatch(/SCRIPT-RAN|SCRIPT-WROTE|ONERROR-RAN/);
    expect(text).not.toContain("document.write");
  });

  it("reads title, byline, site name, publication time and language from the markup", () => {
    const article = extractArticleFromHtml(arabicPage);
    expect(article.title).toBe("الوزير: البطالة انخفضت إلى النصف");
    expect(article.byline).toBe("سارة أحمد");
    expect(article.siteName).toBe("صحيفة الأخبار");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-05T06:30:00.000Z");
    expect(article.language).toBe("ar");
  });

  it("reads datePublished from JSON-LD", () => {
    const html = `<html lang="en"><head><title>T</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget doubled","datePublished":"2023-11-02T10:00:00Z"}
      </script></head><body><article><p>${"The budget doubled last year, officials said. ".repeat(20)}</p></article></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.publishedAt?.toISOString()).toBe("2023-11-02T10:00:00.000Z");
    expect(article.title).toBe("Budget doubled");
  });

  it("reads a microdata datePublished when there is no other date", () => {
    const html = `<html><head><title>T</title></head><body><article><meta itemprop="datePublished" content="2022-01-31">
      <p>${"Officials said the bridge cost twice the estimate. ".repeat(20)}</p></article></body></html>`;
    expect(extractArticleFromHtml(html).publishedAt?.toISOString()).toBe("2022-01-31T00:00:00.000Z");
  });

  it("keeps the text of a page too short for Readability, without its menu", () => {
    const html = `<html><head><title>Short note</title></head><body><nav>Home | About</nav><p>The mayor said 40 buses were bought.</p></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.text).toBe("The mayor said 40 buses were bought.");
    expect(article.title).toBe("Short note");
  });
});
