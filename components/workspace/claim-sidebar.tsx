"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useClaimOperation } from "@/components/claims/use-claim-operation";
import type { WorkspaceActions } from "@/lib/workflow/workspace-actions";
import { ActionError } from "./action-error";
import type { VersionedRef } from "./types";

interface Props {
  target: VersionedRef;
  claim: { status: string; score: number; type: string; priority: number; dueAt: string | null };
  assignee: { id: string; name: string } | null;
  actions: WorkspaceActions;
  people: { id: string; name: string }[];
  currentUserId: string;
}

/** Who works on the claim and by when: take, assign, unassign, priority and due date, reopen for correction. */
export function ClaimSidebar({ target, claim, assignee, actions, people }: Props) {
  const t = useTranslations();
  const operation = useClaimOperation();
  const [person, setPerson] = useState(assignee?.id ?? "");
  const [priority, setPriority] = useState(String(claim.priority));
  const [due, setDue] = useState(claim.dueAt?.slice(0, 10) ?? "");
  const [reopenReason, setReopenReason] = useState("");
  return (
    <section className="card card__body stack" aria-label={t("workspace.details")}>
      <dl className="facts-list">
        <div><dt>{t("claims.score")}</dt><dd><span className="score">{Math.round(claim.score * 100)}</span></dd></div>
        <div><dt>{t("claims.type")}</dt><dd>{t(`claimTypes.${claim.type}` as "claimTypes.OTHER")}</dd></div>
        <div><dt>{t("claims.assignee")}</dt><dd data-testid="assignee">{assignee?.name ?? t("claims.unassigned")}</dd></div>
        <div><dt>{t("workspace.priority")}</dt><dd>{t(`priorities.${claim.priority}` as "priorities.0")}</dd></div>
      </dl>
      <ActionError error={operation.error} />
      <div className="row">
        {actions.take ? <button type="button" className="btn btn--primary" disabled={operation.pending} onClick={() => operation.run("takeClaim", target)}>{t("claims.take")}</button> : null}
        {actions.unassign && assignee ? <button type="button" className="btn btn--ghost" disabled={operation.pending} onClick={() => operation.run("unassignClaim", target)}>{t("claims.unassign")}</button> : null}
      </div>
      {actions.assign ? (
        <div className="row">
          <select className="select" style={{ flex: 1 }} value={person} onChange={(e) => setPerson(e.target.value)} aria-label={t("claims.assignTo")}>
            <option value="">{t("claims.choosePerson")}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
          <button type="button" className="btn" disabled={!person || operation.pending} onClick={() => operation.run("assignClaim", { ...target, assigneeId: person })}>{t("claims.assign")}</button>
        </div>
      ) : null}
      {actions.plan ? (
        <div className="form-grid">
          <label className="field"><span className="field__label">{t("workspace.priority")}</span>
            <select className="select" value={priority} onChange={(e) => setPriority(e.target.value)}>
              {[0, 1, 2, 3].map((p) => <option key={p} value={p}>{t(`priorities.${p}` as "priorities.0")}</option>)}
            </select>
          </label>
          <label className="field"><span className="field__label">{t("claims.due")}</span><input className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} /></label>
          <button type="button" className="btn btn--small" disabled={operation.pending}
            onClick={() => operation.run("setClaimPlan", { ...target, priority: Number(priority), dueAt: due ? new Date(`${due}T23:59:00Z`).toISOString() : null })}>
            {t("workspace.savePlan")}
          </button>
        </div>
      ) : null}
      {actions.reopenForCorrection ? (
        <div className="stack dismiss-box">
          <label className="field"><span className="field__label">{t("workspace.reopenReason")}</span>
            <input className="input" dir="auto" value={reopenReason} onChange={(e) => setReopenReason(e.target.value)} />
          </label>
          <button type="button" className="btn" disabled={operation.pending} onClick={() => operation.run("reopenClaimForCorrection", { ...target, reason: reopenReason })}>{t("workspace.reopen")}</button>
        </div>
      ) : null}
    </section>
  );
}
