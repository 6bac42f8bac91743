import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CollectionReportForm } from "@/components/reports/collection-report-form";
import { ExportReportForm } from "@/components/reports/export-report-form";
import { PublishReportButton } from "@/components/reports/publish-report-button";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { directionOf } from "@/lib/i18n/locales";
import { findReports } from "@/lib/publishing/find-reports";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  const user = await requirePageUser();
  const [t, format, reports] = await Promise.all([getTranslations("reports"), getFormatter(), findReports(user)]);
  const mayPublish = can(user.role, "report.publish");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <CollectionReportForm />
      <h2 className="section-title">{t("byArticle")}</h2>
      {reports.length === 0 ? <div className="card empty"><h2>{t("empty")}</h2></div> : null}
      <ul className="article-list">
        {reports.map((report) => (
          <li key={report.id} className="card article-list__item stack" data-testid={`report-${report.id}`}>
            <div className="row" style={{ justifyContent: "space-between" }}>
              <Link href={`/articles/${report.id}`} className="article-list__title" dir={directionOf(report.language)}>{report.title}</Link>
              {report.report?.status === "PUBLISHED" ? (
                <a className="btn btn--small" href={`/r/${report.report.slug}`} target="_blank" rel="noreferrer">{t("publicPage")}</a>
              ) : null}
            </div>
            <div className="article-meta">
              <span className={`status ${report.report?.status === "PUBLISHED" ? "status--PUBLISHED" : "status--NEW"}`}>
                {report.report?.status === "PUBLISHED" ? t("statusPublished") : t("statusDraft")}
              </span>
              {report.report?.publishedAt ? <span>{t("publishedOn", { date: format.dateTime(report.report.publishedAt, { dateStyle: "medium" }) })}</span> : null}
              {report.report?.modifiedAt ? <span>{t("updatedOn", { date: format.dateTime(report.report.modifiedAt, { dateStyle: "medium" }) })}</span> : null}
              <span>{t("counts", { approved: report.approved, published: report.published, pending: report.pending })}</span>
            </div>
            <div className="row" style={{ justifyContent: "space-between", alignItems: "flex-end" }}>
              <ExportReportForm articleId={report.id} />
              {mayPublish ? <PublishReportButton articleId={report.id} disabled={report.approved === 0} republish={report.report?.status === "PUBLISHED"} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
