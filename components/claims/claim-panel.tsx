"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EDITABLE, type WorkbenchClaim, type WorkbenchPermissions } from "./types";
import { useClaimOperation } from "./use-claim-operation";

interface Props {
  articleId: string;
  articleDir: "rtl" | "ltr";
  claim: WorkbenchClaim;
  next: WorkbenchClaim | null;
  permissions: WorkbenchPermissions;
  people: { id: string; name: string }[];
  currentUserId: string;
  onClose: () => void;
}

const OPEN = ["NEW", "IN_RESEARCH", "IN_REVIEW", "CHANGES_REQUESTED"];

/** The selected claim: what it says, why it scored as it did, and the editing and assignment actions it allows now. */
export function ClaimPanel({ articleId, articleDir, claim, next, permissions, people, currentUserId, onClose }: Props) {
  const t = useTranslations();
  const operation = useClaimOperation();
  const [normalized, setNormalized] = useState(claim.normalizedText);
  const [dismissReason, setDismissReason] = useState("");
  const [assignee, setAssignee] = useState(claim.assignee?.id ?? "");
  const ref = { articleId, claimId: claim.id, version: claim.version };
  const editable = EDITABLE.includes(claim.status) && permissions.edit;
  const open = OPEN.includes(claim.status);

  return (
    <div className="card claim-panel" data-testid="claim-panel">
      <div className="claim-panel__head">
        <h2 className="side-panel__title">{t("claims.claimNumber", { number: claim.number })}</h2>
        <span className={`status status--${claim.status}`}>{t(`status.${claim.status}` as "status.NEW")}</span>
        <button type="button" className="btn btn--ghost btn--small" onClick={onClose} aria-label={t("claims.close")}>×</button>
      </div>
      <div className="card__body stack">
        <blockquote className="claim-quote" dir={articleDir}>{claim.text}</blockquote>
        <dl className="facts-list">
          <div><dt>{t("claims.score")}</dt><dd><span className="score">{Math.round(claim.score * 100)}</span></dd></div>
          <div><dt>{t("claims.type")}</dt><dd>{t(`claimTypes.${claim.type}` as "claimTypes.OTHER")}</dd></div>
          <div><dt>{t("claims.assignee")}</dt><dd>{claim.assignee?.name ?? t("claims.unassigned")}</dd></div>
          {claim.dueAt ? <div><dt>{t("claims.due")}</dt><dd>{claim.dueAt.slice(0, 10)}</dd></div> : null}
        </dl>
        {claim.reasons.length ? (
          <details className="reasons" open>
            <summary>{t("claims.why")}</summary>
            <ul>{claim.reasons.map((reason) => <li key={reason} dir="auto">{reason}</li>)}</ul>
          </details>
        ) : null}
        {claim.dismissReason && claim.status === "DISMISSED" ? (
          <p className="alert alert--info">{t("claims.dismissedBecause", { reason: claim.dismissReason })}</p>
        ) : null}

        {operation.error ? <p className="alert alert--error" role="alert">{operation.error}</p> : null}

        <label className="field">
          <span className="field__label">{t("claims.normalized")}</span>
          <textarea className="textarea" dir={articleDir} value={normalized} onChange={(e) => setNormalized(e.target.value)} disabled={!editable} rows={3} />
        </label>
        {editable ? (
          <button type="button" className="btn btn--small" disabled={operation.pending || normalized === claim.normalizedText}
            onClick={() => operation.run("updateNormalizedText", { ...ref, normalizedText: normalized })}>
            {t("claims.saveNormalized")}
          </button>
        ) : null}

        <div className="row">
          <Link className="btn btn--primary" href={`/articles/${articleId}/claims/${claim.id}`}>{t("claims.openWorkspace")}</Link>
          {open && permissions.take && claim.assignee?.id !== currentUserId ? (
            <button type="button" className="btn" disabled={operation.pending} onClick={() => operation.run("takeClaim", ref)}>{t("claims.take")}</button>
          ) : null}
          {open && claim.assignee && (permissions.assign || claim.assignee.id === currentUserId) ? (
            <button type="button" className="btn btn--ghost" disabled={operation.pending} onClick={() => operation.run("unassignClaim", ref)}>{t("claims.unassign")}</button>
          ) : null}
        </div>

        {open && permissions.assign ? (
          <div className="row">
            <select className="select" style={{ flex: 1 }} value={assignee} onChange={(e) => setAssignee(e.target.value)} aria-label={t("claims.assignTo")}>
              <option value="">{t("claims.choosePerson")}</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <button type="button" className="btn" disabled={!assignee || operation.pending} onClick={() => operation.run("assignClaim", { ...ref, assigneeId: assignee })}>{t("claims.assign")}</button>
          </div>
        ) : null}

        {editable && next && EDITABLE.includes(next.status) ? (
          <button type="button" className="btn btn--small" disabled={operation.pending}
            onClick={() => operation.run("mergeClaims", { articleId, claims: [{ claimId: claim.id, version: claim.version }, { claimId: next.id, version: next.version }] })}>
            {t("claims.mergeWithNext", { number: next.number })}
          </button>
        ) : null}

        {editable && permissions.dismiss ? (
          <div className="stack dismiss-box">
            <label className="field">
              <span className="field__label">{t("claims.dismissReason")}</span>
              <input className="input" value={dismissReason} onChange={(e) => setDismissReason(e.target.value)} dir="auto" />
            </label>
            <button type="button" className="btn btn--danger btn--small" disabled={operation.pending}
              onClick={() => operation.run("dismissClaim", { ...ref, reason: dismissReason })}>
              {t("claims.dismiss")}
            </button>
          </div>
        ) : null}
        {claim.status === "DISMISSED" && permissions.dismiss ? (
          <button type="button" className="btn" disabled={operation.pending} onClick={() => operation.run("restoreClaim", ref)}>{t("claims.restore")}</button>
        ) : null}
      </div>
    </div>
  );
}
