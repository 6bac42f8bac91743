import { describe, expect, it } from "vitest";

import { HOSTILE, hostileReport } from "./__fixtures__/hostile-report";
import { ARABIC_ARTICLE, arabicArticleReport, collectionReport } from "./__fixtures__/sample-report";
import { buildReportMarkdown, escapeMarkdown } from "./markdown";

/** What a CommonMark renderer shows for escaped text: a backslash before ASCII punctuation disappears. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

describe("buildReportMarkdown", () => {
  it("writes the headline, article facts, summary and one section per claim", () => {
    const md = buildReportMarkdown(arabicArticleReport());
    expect(md.startsWith(`# ${ARABIC_ARTICLE.title}\n`)).toBe(true);
    expect(md).toContain("- **الوسيلة الإعلامية:** صحيفة الغد");
    expect(md).toContain("[https://alghad.example/news/2024/economy-report](<https://alghad.example/news/2024/economy-report>)");
    expect(md).toContain("- صحيح في معظمه: 1");
    expect(md).toContain("- قيد المراجعة: 1");
    expect(md).toContain("## الادعاء 1: صحيح في معظمه (5 من 6)");
    expect(md).toContain("> انخفض معدل البطالة إلى 7 في المئة خلال عام 2024");
    expect(md).toContain("## الادعاء 4: قيد المراجعة");
    expect(md).toContain("## الادعاء 5: غير قابل للتحقق\n");
    expect(md).toMatch(/1\. \*\*دائرة الإحصاءات العامة\*\* — \[مسح قوة العمل، الربع الرابع 2024\]\(<https:\/\/stats\.example\/labour\/2024-q4>\) — يدعم/);
    expect(md).toContain("_اقترح الحكمَ: ليلى حداد (15 يناير 2025) · اعتمده: عمر الخطيب (16 يناير 2025) · المراجعة 1_");
  });

  it("leaves pending claims out on request", () => {
    const md = buildReportMarkdown(arabicArticleReport({ includePending: false }));
    expect(md).not.toContain("قيد المراجعة");
  });

  it("names each claim's article in a collection", () => {
    const md = buildReportMarkdown(collectionReport());
    expect(md).toContain("**من مقال:** [Minister says wheat exports doubled](<https://ledger.example/2025/02/wheat>) — The Daily Ledger");
  });

  it("escapes Markdown and HTML in desk and article text", () => {
    const md = buildReportMarkdown(hostileReport());
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b|i)\b/);
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("\\*bold\\* \\[x\\](javascript:alert(1)) \\# not a heading");
    // The quote's lines stay inside the blockquote, and read back as the original text.
    const quoteLine = md.split("\n").find((l) => l.startsWith("> He said"));
    expect(unescapeMarkdown(quoteLine!.slice(2))).toBe(HOSTILE.quote);
    // A rationale paragraph starting with "- " is text, not a list item; the RTL controls are untouched.
    expect(md).toContain("\\- second paragraph \\| with pipe \\& ampersand \\&lt;");
    expect(md).toContain("\u200Fقال الوزير \u202Eإن\u202C الأرقام");
    expect(md).not.toContain("](<javascript");
    expect(md).toContain("javascript:alert(document.cookie)");
  });

  it("escapes line starts that would become structure", () => {
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("+ plus")).toBe("\\+ plus");
    expect(escapeMarkdown("== setext")).toBe("\\== setext");
    expect(escapeMarkdown("    code")).toBe("code");
    expect(escapeMarkdown("two\nlines")).toBe("two lines");
    expect(escapeMarkdown("7.2% of 1,000")).toBe("7.2% of 1,000");
    for (const text of [HOSTILE.normalized.replace("\n", " "), HOSTILE.sourceTitle, "a `code` ~strike~ !img"]) {
      expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
    }
  });
});
