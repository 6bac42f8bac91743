"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useState, type MouseEvent } from "react";
import { segmentArticle } from "@/lib/articles/segments";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { EDITABLE, type WorkbenchClaim, type WorkbenchPermissions } from "./types";
import { useClaimOperation } from "./use-claim-operation";

interface Props {
  article: { id: string; body: string; dir: "rtl" | "ltr"; lang: string };
  claims: WorkbenchClaim[];
  permissions: WorkbenchPermissions;
  people: { id: string; name: string }[];
  currentUserId: string;
}

/** Offsets of the user's text selection in the article body, read from the data-offset of each rendered run. */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const locate = (node: Node, offset: number) => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    if (!element || !container.contains(element)) return null;
    const base = element.closest<HTMLElement>("[data-offset]");
    if (!base) return null;
    return Number(base.dataset.offset) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = locate(range.startContainer, range.startOffset);
  const end = locate(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/**
 * The article page's working surface: the text with every claim highlighted in its status colour, a selection toolbar
 * for adding, re-spanning or splitting claims, and the side panel for the selected claim.
 */
export function ArticleWorkbench({ article, claims, permissions, people, currentUserId }: Props) {
  const t = useTranslations("claims");
  const router = useRouter();
  const pathname = usePathname();
  const selectedId = useSearchParams().get("claim");
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const operation = useClaimOperation();

  const select = useCallback(
    (id: string | null) => router.replace(id ? `${pathname}?claim=${id}` : pathname, { scroll: false }),
    [router, pathname],
  );

  function onMouseUp(event: MouseEvent<HTMLDivElement>) {
    setRange(selectionOffsets(event.currentTarget));
  }

  const hasSelection = range !== null && range.end > range.start;
  const editableSelected = selected && EDITABLE.includes(selected.status) && permissions.edit;
  const caretInside = range && selected && range.start > selected.start && range.start < selected.end;
  const segments = segmentArticle(article.body, claims);

  return (
    <div className="grid-2">
      <div className="card">
        <div className="selection-toolbar" role="toolbar" aria-label={t("selectionTools")}>
          <span className="muted">{hasSelection ? t("selected", { count: range.end - range.start }) : t("selectHint")}</span>
          {permissions.edit ? (
            <button type="button" className="btn btn--small btn--primary" disabled={!hasSelection || operation.pending}
              onClick={() => range && operation.run("addClaim", { articleId: article.id, start: range.start, end: range.end }, (data) => {
                const id = (data as { id?: string } | null)?.id;
                setRange(null);
                if (id) select(id);
              })}>
              {t("addClaim")}
            </button>
          ) : null}
          {editableSelected ? (
            <>
              <button type="button" className="btn btn--small" disabled={!hasSelection || operation.pending}
                onClick={() => range && operation.run("updateClaimSpan", { articleId: article.id, claimId: selected.id, version: selected.version, start: range.start, end: range.end }, () => setRange(null))}>
                {t("useAsSpan", { number: selected.number })}
              </button>
              <button type="button" className="btn btn--small" disabled={!caretInside || operation.pending}
                onClick={() => range && operation.run("splitClaim", { articleId: article.id, claimId: selected.id, version: selected.version, at: range.start }, () => setRange(null))}>
                {t("splitHere", { number: selected.number })}
              </button>
            </>
          ) : null}
        </div>
        {operation.error ? <p className="alert alert--error" role="alert" style={{ margin: "0 1.5rem" }}>{operation.error}</p> : null}
        <div className="card__body">
          <div className="article-text" dir={article.dir} lang={article.lang} data-testid="article-text" onMouseUp={onMouseUp} onKeyUp={(e) => setRange(selectionOffsets(e.currentTarget))}>
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
                  title={t("claimNumber", { number: segment.claim.number })}
                  onClick={() => {
                    if (window.getSelection()?.isCollapsed !== false) select(segment.claim.id);
                  }}
                >
                  {segment.text}
                </mark>
              ),
            )}
          </div>
        </div>
      </div>
      <aside className="side-panel" aria-label={t("panel")}>
        {selected ? (
          <ClaimPanel key={`${selected.id}:${selected.version}`} articleId={article.id} articleDir={article.dir} claim={selected}
            next={claims.find((c) => c.number === selected.number + 1) ?? null}
            permissions={permissions} people={people} currentUserId={currentUserId} onClose={() => select(null)} />
        ) : (
          <ClaimList claims={claims} articleDir={article.dir} onSelect={select} />
        )}
      </aside>
    </div>
  );
}
