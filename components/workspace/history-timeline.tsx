import { getTranslations } from "next-intl/server";
import type { ClaimHistoryEvent } from "@/lib/workflow/find-claim-history";

/** Renders a before/after value compactly: changed fields only, long text shortened. */
function describe(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return String(value);
  return Object.entries(value as Record<string, unknown>)
    // Ids and version counters mean nothing to an editor; the names and values around them do.
    .filter(([k, v]) => v !== undefined && typeof v !== "object" && !/Id$|^version$|^id$/.test(k))
    .map(([k, v]) => `${k}: ${String(v).length > 80 ? `${String(v).slice(0, 80)}…` : String(v)}`)
    .join(" · ");
}

/** The claim's history from the audit log: who did what, when, with the before and after values. */
export async function HistoryTimeline({ events, format, extractedAt }: { events: ClaimHistoryEvent[]; format: (d: Date) => string; extractedAt?: Date | null }) {
  const t = await getTranslations("history");
  // Message keys cannot contain dots (next-intl reads them as nesting): "verdict.approve" is "verdict_approve".
  const describeAction = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <section className="card card__body stack" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("title")}</h2>
      {events.length === 0 && !extractedAt ? <p className="muted">{t("none")}</p> : null}
      <ol className="timeline">
        {events.map((event) => {
          const before = describe(event.before);
          const after = describe(event.after);
          return (
            <li key={event.id} className="timeline__item">
              <div><strong>{event.actor?.name ?? t("system")}</strong> {describeAction(event.action)}</div>
              <div className="muted timeline__when">{format(new Date(event.createdAt))}</div>
              {before ? <div className="timeline__values"><del dir="auto">{before}</del></div> : null}
              {after ? <div className="timeline__values"><ins dir="auto">{after}</ins></div> : null}
            </li>
          );
        })}
        {extractedAt ? (
          <li className="timeline__item">
            <div>{t("extracted")}</div>
            <div className="muted timeline__when">{format(extractedAt)}</div>
          </li>
        ) : null}
      </ol>
    </section>
  );
}
