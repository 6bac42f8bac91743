"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

/**
 * Shows why a change was refused. A stale version offers "Load the latest": the page refreshes with the new version
 * while the form keeps what the user typed, so they can apply it again without retyping.
 */
export function ActionError({ error }: { error: string | null }) {
  const t = useTranslations("workspace");
  const router = useRouter();
  if (!error) return null;
  return (
    <div className="alert alert--error row" role="alert">
      <span style={{ flex: 1 }}>{error}</span>
      <button type="button" className="btn btn--small" onClick={() => router.refresh()}>{t("reload")}</button>
    </div>
  );
}
