"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useClaimOperation } from "@/components/claims/use-claim-operation";
import { ActionError } from "./action-error";
import type { VersionedRef } from "./types";

export interface SourceView {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  excerpt: string | null;
  accessedAt: string;
  archivedUrl: string | null;
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
  note: string | null;
  addedBy: { id: string; name: string };
}

const EMPTY = { url: "", title: "", publisher: "", publishedAt: "", excerpt: "", accessedAt: "", archivedUrl: "", stance: "SUPPORTS", note: "" };
type Draft = typeof EMPTY;

function toDraft(source: SourceView): Draft {
  return {
    url: source.url, title: source.title, publisher: source.publisher ?? "", publishedAt: source.publishedAt?.slice(0, 10) ?? "",
    excerpt: source.excerpt ?? "", accessedAt: source.accessedAt.slice(0, 10), archivedUrl: source.archivedUrl ?? "", stance: source.stance, note: source.note ?? "",
  };
}

/** Evidence for the claim: each source with its stance, quoted excerpt and archive link; add, edit, remove. */
export function SourcesSection({ target, sources, canManage }: { target: VersionedRef; sources: SourceView[]; canManage: boolean }) {
  const t = useTranslations("sources");
  const format = useFormatter();
  const operation = useClaimOperation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const field = (key: keyof Draft) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })) });

  function submit() {
    const payload = { ...target, ...draft, accessedAt: draft.accessedAt || undefined, publishedAt: draft.publishedAt || null };
    const done = () => { setDraft(EMPTY); setEditing(null); setOpen(false); };
    if (editing) operation.run("updateSource", { ...payload, sourceId: editing }, done);
    else operation.run("addSource", payload, done);
  }

  return (
    <section className="card card__body stack" aria-labelledby="sources-heading">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="sources-heading">{t("title", { count: sources.length })}</h2>
        {canManage && !open ? <button type="button" className="btn btn--small" onClick={() => { setOpen(true); setEditing(null); setDraft(EMPTY); }}>{t("add")}</button> : null}
      </div>
      {sources.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.id} className={`source source--${source.stance}`} data-testid="source">
            <div className="row">
              <span className={`stance stance--${source.stance}`}>{t(`stance.${source.stance}`)}</span>
              <a href={source.url} target="_blank" rel="noreferrer noopener" dir="auto" className="source__title">{source.title}</a>
            </div>
            <div className="muted source__meta">
              {source.publisher ? <bdi>{source.publisher}</bdi> : null}
              {source.publishedAt ? <span>{format.dateTime(new Date(source.publishedAt), { dateStyle: "medium" })}</span> : null}
              <span>{t("accessed", { date: format.dateTime(new Date(source.accessedAt), { dateStyle: "medium" }) })}</span>
              {source.archivedUrl ? <a href={source.archivedUrl} target="_blank" rel="noreferrer noopener">{t("archived")}</a> : null}
              <span>{t("addedBy", { name: source.addedBy.name })}</span>
            </div>
            {source.excerpt ? <blockquote className="source__excerpt" dir="auto">{source.excerpt}</blockquote> : null}
            {source.note ? <p className="source__note" dir="auto">{source.note}</p> : null}
            {canManage ? (
              <div className="row">
                <button type="button" className="btn btn--small btn--ghost" onClick={() => { setEditing(source.id); setDraft(toDraft(source)); setOpen(true); }}>{t("edit")}</button>
                <button type="button" className="btn btn--small btn--ghost btn--danger" disabled={operation.pending}
                  onClick={() => operation.run("removeSource", { ...target, sourceId: source.id })}>{t("remove")}</button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && open ? (
        <form className="stack source-form" aria-label={editing ? t("editTitle") : t("addTitle")} onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <h3>{editing ? t("editTitle") : t("addTitle")}</h3>
          <div className="form-grid">
            <label className="field"><span className="field__label">{t("url")}</span><input className="input" type="url" dir="ltr" required {...field("url")} /></label>
            <label className="field"><span className="field__label">{t("sourceTitle")}</span><input className="input" dir="auto" required {...field("title")} /></label>
            <label className="field"><span className="field__label">{t("publisher")}</span><input className="input" dir="auto" {...field("publisher")} /></label>
            <label className="field"><span className="field__label">{t("stanceLabel")}</span>
              <select className="select" {...field("stance")}>
                {(["SUPPORTS", "REFUTES", "CONTEXT"] as const).map((s) => <option key={s} value={s}>{t(`stance.${s}`)}</option>)}
              </select>
            </label>
            <label className="field"><span className="field__label">{t("publishedAt")}</span><input className="input" type="date" {...field("publishedAt")} /></label>
            <label className="field"><span className="field__label">{t("accessedAt")}</span><input className="input" type="date" {...field("accessedAt")} /></label>
            <label className="field"><span className="field__label">{t("archivedUrl")}</span><input className="input" type="url" dir="ltr" {...field("archivedUrl")} /></label>
          </div>
          <label className="field"><span className="field__label">{t("excerpt")}</span><textarea className="textarea" dir="auto" rows={3} {...field("excerpt")} /></label>
          <label className="field"><span className="field__label">{t("note")}</span><input className="input" dir="auto" {...field("note")} /></label>
          <ActionError error={operation.error} />
          <div className="row">
            <button className="btn btn--primary" type="submit" disabled={operation.pending}>{editing ? t("save") : t("addSubmit")}</button>
            <button className="btn btn--ghost" type="button" onClick={() => { setOpen(false); setEditing(null); }}>{t("cancel")}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
