import { getTranslations } from "next-intl/server";

const ORDER = ["PUBLISHED", "APPROVED", "IN_REVIEW", "CHANGES_REQUESTED", "IN_RESEARCH", "NEW", "DISMISSED"] as const;

/** A thin stacked bar showing how far an article's claims have come, with a readable legend for screen readers. */
export async function StatusBar({ counts }: { counts: Record<string, number> }) {
  const t = await getTranslations("status");
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const parts = ORDER.filter((s) => counts[s]);
  return (
    <div className="status-bar">
      <div className="status-bar__track" aria-hidden="true">
        {parts.map((s) => (
          <span key={s} className={`status-bar__part status-bar__part--${s}`} style={{ flexGrow: counts[s] }} />
        ))}
      </div>
      <ul className="status-bar__legend">
        {parts.map((s) => (
          <li key={s} className={`status status--${s}`}>{t(s)} · {counts[s]}</li>
        ))}
      </ul>
    </div>
  );
}
