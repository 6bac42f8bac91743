import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportArticleForm } from "@/components/import/import-article-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function NewArticlePage() {
  const user = await requirePageUser();
  if (!can(user.role, "article.import")) notFound();
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ImportArticleForm />
    </>
  );
}
