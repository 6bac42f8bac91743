"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { reextractArticleAction } from "@/app/articles/[articleId]/actions";

/** Runs extraction again; claims anyone has touched are kept (see lib/articles/reextract-article.ts). */
export function ReextractButton({ articleId }: { articleId: string }) {
  const t = useTranslations("articles");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="row">
      <button type="button" className="btn btn--small" disabled={pending} title={t("reextractHint")}
        onClick={() => start(async () => {
          const result = await reextractArticleAction(articleId);
          setMessage(result.ok ? { ok: true, text: t("reextracted", result.data) } : { ok: false, text: result.message });
        })}>
        {t("reextract")}
      </button>
      {message ? <span className={`alert ${message.ok ? "alert--success" : "alert--error"}`} role="status">{message.text}</span> : null}
    </div>
  );
}
