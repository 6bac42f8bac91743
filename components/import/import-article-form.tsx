"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState, useTransition } from "react";
import { importArticleAction, previewFileAction, previewUrlAction } from "@/app/articles/new/actions";
import type { ImportPreview } from "@/lib/articles/preview-import";

type Mode = "paste" | "file" | "url";

/**
 * One form for the three ways an article arrives. File and URL imports first fill the form for the editor to check;
 * only "Import and extract claims" stores anything. Whatever the user typed stays in the form when import fails.
 */
export function ImportArticleForm() {
  const t = useTranslations("import");
  const [mode, setMode] = useState<Mode>("paste");
  const [draft, setDraft] = useState<ImportPreview>({ title: "", body: "" });
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewing, startPreview] = useTransition();
  const [state, importAction, importing] = useActionState(importArticleAction, null);
  const urlRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const applyPreview = (result: Awaited<ReturnType<typeof previewUrlAction>>) => {
    if (result.ok) {
      setDraft((d) => ({ ...d, ...result.data, language: result.data.language ?? "" }));
      setPreviewError(null);
    } else setPreviewError(result.message);
  };
  const set = (key: keyof ImportPreview) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <div className="card card__body stack">
      <div role="tablist" aria-label={t("source")} className="tabs">
        {(["paste", "file", "url"] as const).map((m) => (
          <button key={m} role="tab" type="button" aria-selected={mode === m} className="tabs__tab" onClick={() => setMode(m)}>
            {t(`mode.${m}`)}
          </button>
        ))}
      </div>

      {mode === "file" ? (
        <div className="row">
          <label className="field" style={{ flex: 1 }}>
            <span className="field__label">{t("file")}</span>
            <input ref={fileRef} className="input" type="file" name="file" accept=".txt,.md,.html,.htm,.docx" />
            <span className="field__hint">{t("fileHint")}</span>
          </label>
          <button type="button" className="btn" disabled={previewing} onClick={() => {
            const file = fileRef.current?.files?.[0];
            if (!file) return setPreviewError(t("chooseFile"));
            const data = new FormData();
            data.set("file", file);
            startPreview(async () => applyPreview(await previewFileAction(data)));
          }}>{previewing ? t("reading") : t("readFile")}</button>
        </div>
      ) : null}

      {mode === "url" ? (
        <div className="row">
          <label className="field" style={{ flex: 1 }}>
            <span className="field__label">{t("url")}</span>
            <input ref={urlRef} className="input" type="url" dir="ltr" placeholder="https://" />
          </label>
          <button type="button" className="btn" disabled={previewing} onClick={() => {
            const url = urlRef.current?.value ?? "";
            startPreview(async () => applyPreview(await previewUrlAction(url)));
          }}>{previewing ? t("fetching") : t("fetch")}</button>
        </div>
      ) : null}
      {previewError ? <p className="alert alert--error" role="alert">{previewError}</p> : null}

      <form action={importAction} className="form">
        <label className="field">
          <span className="field__label">{t("headline")}</span>
          <input className="input" name="title" required value={draft.title} onChange={set("title")} dir="auto" />
        </label>
        <label className="field">
          <span className="field__label">{t("body")}</span>
          <textarea className="textarea textarea--article" name="body" required value={draft.body} onChange={set("body")} dir="auto" rows={14} />
        </label>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">{t("language")}</span>
            <select className="select" name="language" value={draft.language ?? ""} onChange={set("language")}>
              <option value="">{t("detect")}</option>
              <option value="ar">العربية</option>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t("outlet")}</span>
            <input className="input" name="outlet" value={draft.outlet ?? ""} onChange={set("outlet")} dir="auto" />
          </label>
          <label className="field">
            <span className="field__label">{t("sourceUrl")}</span>
            <input className="input" name="sourceUrl" type="url" dir="ltr" value={draft.sourceUrl ?? ""} onChange={set("sourceUrl")} />
          </label>
          <label className="field">
            <span className="field__label">{t("publishedAt")}</span>
            <input className="input" name="publishedAt" type="date" value={draft.publishedAt ?? ""} onChange={set("publishedAt")} />
          </label>
        </div>
        {state && !state.ok ? <p className="alert alert--error" role="alert">{state.message}</p> : null}
        <div className="row">
          <button className="btn btn--primary" type="submit" disabled={importing}>{importing ? t("importing") : t("submit")}</button>
        </div>
      </form>
    </div>
  );
}
