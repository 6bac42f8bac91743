"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useClaimOperation } from "@/components/claims/use-claim-operation";
import type { Serialized } from "@/components/workspace/types";
import { directionOf } from "@/lib/i18n/locales";
import type { QueueRow } from "@/lib/workflow/find-queue";

interface Props {
  rows: Serialized<QueueRow>[];
  people: { id: string; name: string }[];
  canAssign: boolean;
  canDismiss: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** The queue's rows with selection for bulk actions, and keyboard navigation: j/k move, Enter opens, x selects. */
export function QueueTable({ rows, people, canAssign, canDismiss }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const operation = useClaimOperation();
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [reason, setReason] = useState("");
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const href = (row: Serialized<QueueRow>) => `/articles/${row.articleId}/claims/${row.id}`;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        setActive((i) => {
          const next = Math.max(0, Math.min(rows.length - 1, i + (event.key === "j" ? 1 : -1)));
          rowRefs.current[next]?.focus();
          return next;
        });
      } else if (event.key === "Enter" && rows[active] && document.activeElement === rowRefs.current[active]) {
        router.push(href(rows[active]));
      } else if (event.key === "x" && rows[active]) {
        toggle(rows[active].id);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
  const chosen = rows.filter((r) => selected.has(r.id)).map((r) => ({ articleId: r.articleId, claimId: r.id, version: r.version }));

  if (rows.length === 0) return <div className="card empty"><h2>{t("queue.empty")}</h2></div>;
  return (
    <div className="stack">
      {chosen.length > 0 && (canAssign || canDismiss) ? (
        <div className="bulk-bar card card__body row" role="region" aria-label={t("queue.bulk")}>
          <strong>{t("queue.selectedCount", { count: chosen.length })}</strong>
          {canAssign ? (
            <>
              <select className="select" value={assignee} onChange={(e) => setAssignee(e.target.value)} aria-label={t("claims.assignTo")} style={{ width: "auto" }}>
                <option value="">{t("claims.choosePerson")}</option>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
              <button type="button" className="btn btn--small" disabled={!assignee || operation.pending}
                onClick={() => operation.run("bulkAssign", { assigneeId: assignee, claims: chosen }, () => setSelected(new Set()))}>{t("queue.bulkAssign")}</button>
            </>
          ) : null}
          {canDismiss ? (
            <>
              <input className="input" style={{ width: "16rem" }} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("claims.dismissReason")} aria-label={t("claims.dismissReason")} dir="auto" />
              <button type="button" className="btn btn--small btn--danger" disabled={operation.pending}
                onClick={() => operation.run("bulkDismiss", { reason, claims: chosen }, () => setSelected(new Set()))}>{t("queue.bulkDismiss")}</button>
            </>
          ) : null}
        </div>
      ) : null}
      {operation.error ? <p className="alert alert--error" role="alert">{operation.error}</p> : null}
      <p className="muted keyboard-hint">{t("queue.keyboardHint")}</p>
      <div className="table-wrap">
        <table className="table queue-table">
          <thead>
            <tr>
              <th aria-label={t("queue.select")} />
              <th>{t("claims.score")}</th>
              <th>{t("queue.claim")}</th>
              <th>{t("users.status")}</th>
              <th>{t("claims.assignee")}</th>
              <th>{t("claims.due")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} ref={(el) => { rowRefs.current[index] = el; }} tabIndex={index === active ? 0 : -1}
                className={index === active ? "queue-row queue-row--active" : "queue-row"} onFocus={() => setActive(index)} data-testid="queue-row">
                <td><input type="checkbox" checked={selected.has(row.id)} onChange={() => toggle(row.id)} aria-label={t("queue.selectClaim")} /></td>
                <td><span className="score">{Math.round(row.score * 100)}</span></td>
                <td>
                  <a href={href(row)} className="queue-claim" dir={directionOf(row.language)} onClick={(e) => { e.preventDefault(); router.push(href(row)); }}>{row.normalizedText}</a>
                  <div className="muted queue-article" dir={directionOf(row.article.language)}>{row.article.title}</div>
                </td>
                <td><span className={`status status--${row.status}`}>{t(`status.${row.status}` as "status.NEW")}</span>{row.priority > 0 ? <span className={`priority priority--${row.priority}`}>{t(`priorities.${row.priority}` as "priorities.0")}</span> : null}</td>
                <td>{row.assignee?.name ?? <span className="muted">{t("claims.unassigned")}</span>}</td>
                <td>{row.dueAt ? format.dateTime(new Date(row.dueAt), { dateStyle: "medium" }) : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
