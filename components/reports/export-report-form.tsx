"use client";

import { useLocale, useTranslations } from "next-intl";

/** A plain GET form: the browser downloads the file, so nothing here needs JavaScript to work. */
export function ExportReportForm({ articleId }: { articleId: string }) {
  const t = useTranslations("reports");
  const locale = useLocale();
  return (
    <form className="export-form" method="get" action={`/api/articles/${articleId}/report`} aria-label={t("export")}>
      <label className="field">
        <span className="field__label">{t("format")}</span>
        <select className="select" name="format" defaultValue="pdf">
          <option value="pdf">PDF</option>
          <option value="html">HTML</option>
          <option value="md">Markdown</option>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
          <option value="claimreview">ClaimReview (JSON-LD)</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("language")}</span>
        <select className="select" name="lang" defaultValue={locale}>
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("pending")}</span>
        <select className="select" name="pending" defaultValue="include">
          <option value="include">{t("pendingInclude")}</option>
          <option value="exclude">{t("pendingExclude")}</option>
        </select>
      </label>
      <button className="btn" type="submit">{t("download")}</button>
    </form>
  );
}
