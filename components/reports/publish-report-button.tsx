"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { publishReportAction } from "@/app/reports/actions";

export function PublishReportButton({ articleId, disabled, republish }: { articleId: string; disabled: boolean; republish: boolean }) {
  const t = useTranslations("reports");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="stack" style={{ gap: "0.4rem", alignItems: "flex-end" }}>
      <button
        type="button"
        className="btn btn--primary"
        disabled={disabled || pending}
        title={disabled ? t("nothingToPublish") : undefined}
        onClick={() =>
          start(async () => {
            const result = await publishReportAction(articleId);
            setMessage(result.ok ? { ok: true, text: t("publishedMessage", { count: result.data.published }) } : { ok: false, text: result.message });
          })
        }
      >
        {republish ? t("republish") : t("publish")}
      </button>
      {message ? <p className={`alert ${message.ok ? "alert--success" : "alert--error"}`} role="status">{message.text}</p> : null}
    </div>
  );
}
