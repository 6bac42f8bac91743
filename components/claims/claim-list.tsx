"use client";

import { useTranslations } from "next-intl";
import type { WorkbenchClaim } from "./types";

export function ClaimList({ claims, articleDir, onSelect }: { claims: WorkbenchClaim[]; articleDir: "rtl" | "ltr"; onSelect: (id: string) => void }) {
  const t = useTranslations();
  if (claims.length === 0) return <div className="card card__body muted">{t("claims.none")}</div>;
  return (
    <div className="card">
      <h2 className="side-panel__title">{t("claims.listTitle", { count: claims.length })}</h2>
      <ol className="claim-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-list__item" onClick={() => onSelect(claim.id)}>
              <span className="claim-list__head">
                <span className="claim-number">{claim.number}</span>
                <span className={`status status--${claim.status}`}>{t(`status.${claim.status}` as "status.NEW")}</span>
                <span className="score" title={t("claims.score")}>{Math.round(claim.score * 100)}</span>
              </span>
              <span className="claim-list__text" dir={articleDir}>{claim.normalizedText}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
