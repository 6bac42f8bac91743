/** Report data whose text tries to break every format: markup, quotes, separators, formulas, bidi controls. */
import type { ReportData } from "../types";

import { arabicArticleReport } from "./sample-report";

export const HOSTILE = {
  /** HTML/JS injection plus a JSON-LD breakout attempt. */
  quote: `He said "<script>alert('x')</script>", then </script><!-- left, right`,
  /** Markdown structure, a formula, a newline and a CSV separator. */
  normalized: `=HYPERLINK("http://evil.example","click"), *bold* [x](javascript:alert(1))\n# not a heading`,
  /** Right-to-left mark, right-to-left override and an Arabic comma, which must survive untouched. */
  rationale: `\u200Fقال الوزير \u202Eإن\u202C الأرقام، "مضاعفة"\r\n\r\n- second paragraph | with pipe & ampersand &lt;`,
  sourceTitle: `+SUM(A1:A9) <img src=x onerror=alert(1)> "quoted", title`,
  publisher: `@publisher\ttabbed`,
  badUrl: "javascript:alert(document.cookie)",
  name: `Mallory $& "the <b>reviewer</b>"`,
} as const;

export function hostileReport(overrides: Partial<ReportData> = {}): ReportData {
  const base = arabicArticleReport();
  const [first, ...rest] = base.claims;
  return {
    ...base,
    organization: { name: `Desk <i>&</i>`, url: "https://sanad.example" },
    claims: [
      {
        ...first!,
        quote: HOSTILE.quote,
        normalizedText: HOSTILE.normalized,
        verdict: {
          ...first!.verdict!,
          rationale: HOSTILE.rationale,
          approvedBy: { name: HOSTILE.name },
        },
        sources: [
          {
            ...first!.sources[0]!,
            title: HOSTILE.sourceTitle,
            publisher: HOSTILE.publisher,
            url: HOSTILE.badUrl,
            archivedUrl: "https://archive.example/x?a=1&b=<2>",
          },
        ],
      },
      ...rest,
    ],
    ...overrides,
  };
}
