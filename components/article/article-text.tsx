import { segmentArticle } from "@/lib/articles/segments";

export interface ArticleClaimSpan {
  id: string;
  start: number;
  end: number;
  status: string;
}

/** The stored article body with each claim's span highlighted in its status colour. */
export function ArticleText({ body, dir, lang, claims, selectedId }: { body: string; dir: "rtl" | "ltr"; lang: string; claims: ArticleClaimSpan[]; selectedId?: string }) {
  const segments = segmentArticle(body, claims);
  return (
    <div className="article-text" dir={dir} lang={lang} data-testid="article-text">
      {segments.map((segment) =>
        segment.kind === "text" ? (
          <span key={`t${segment.start}`} data-offset={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={`c${segment.claim.id}`}
            id={`claim-${segment.claim.id}`}
            className={`claim-span claim-span--${segment.claim.status}`}
            data-claim-id={segment.claim.id}
            data-offset={segment.start}
            aria-current={segment.claim.id === selectedId ? "true" : undefined}
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}
