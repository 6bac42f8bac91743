"use client";

import { useLocale, useTranslations } from "next-intl";

/** Export claims from across articles chosen by date range and status, as one report. A plain GET download. */
export function CollectionReportForm() {
  const t = useTranslations("reports");
  const locale = useLocale();
  return (
    <form className="card card__body stack" method="get" action="/api/reports/collection" aria-label={t("collectionTitle")}>
      <div>
        <h2>{t("collectionTitle")}</h2>
        <p className="muted">{t("collectionExplain")}</p>
      </div>
      <div className="export-form">
        <label className="field"><span className="field__label">{t("from")}</span><input className="input" type="date" name="from" /></label>
        <label className="field"><span className="field__label">{t("to")}</span><input className="input" type="date" name="to" /></label>
        <label className="field"><span className="field__label">{t("which")}</span>
          <select className="select" name="status" defaultValue="APPROVED,PUBLISHED">
            <option value="APPROVED,PUBLISHED">{t("whichApproved")}</option>
            <option value="">{t("whichAll")}</option>
          </select>
        </label>
        <label className="field"><span className="field__label">{t("format")}</span>
          <select className="select" name="format" defaultValue="pdf">
            <option value="pdf">PDF</option><option value="html">HTML</option><option value="md">Markdown</option><option value="csv">CSV</option><option value="json">JSON</option>
          </select>
        </label>
        <label className="field"><span className="field__label">{t("language")}</span>
          <select className="select" name="lang" defaultValue={locale}><option value="ar">العربية</option><option value="en">English</option></select>
        </label>
        <button className="btn" type="submit">{t("download")}</button>
      </div>
    </form>
  );
}
