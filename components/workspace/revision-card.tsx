"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ratingLabel } from "@/lib/ratings";
import type { VerdictRevision as StoredRevision } from "@/lib/workflow/find-verdict-revisions";
import type { Serialized } from "./types";

type VerdictRevision = Serialized<StoredRevision>;
import { RatingBadge } from "./rating-badge";

/** One verdict revision with its reviews and, for a revision that answers a review, exactly what changed. */
export function RevisionCard({ verdict, locale, latest }: { verdict: VerdictRevision; locale: "ar" | "en"; latest: boolean }) {
  const t = useTranslations("workspace");
  const format = useFormatter();
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  const changes = verdict.changes;
  return (
    <article className={`revision ${latest ? "revision--latest" : ""}`} data-testid={`revision-${verdict.revision}`} data-verdict-id={verdict.id}>
      <header className="row">
        <strong>{t("revision", { revision: verdict.revision })}</strong>
        <RatingBadge rating={verdict.rating} locale={locale} />
        {verdict.isPublished ? <span className="status status--PUBLISHED">{t("public")}</span> : null}
        <span className="muted revision__meta">{t("proposedBy", { name: verdict.author.name, date: when(verdict.createdAt) })}</span>
      </header>
      {changes ? (
        <div className="diff" aria-label={t("changes")}>
          <span className="diff__label">{t("changesSince", { revision: changes.from })}</span>
          {changes.rating ? <p>{t("ratingChanged", { from: ratingLabel(changes.rating.from, locale), to: ratingLabel(changes.rating.to, locale) })}</p> : null}
          {changes.rationale.changed ? (
            <p dir="auto" className="diff__text">
              {changes.rationale.parts.map((part, i) => (part.kind === "same" ? <span key={i}>{part.text}</span> : part.kind === "added" ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>))}
            </p>
          ) : null}
          {changes.sources && (changes.sources.added.length || changes.sources.removed.length) ? (
            <p>
              {changes.sources.added.map((s) => <span key={s.id} className="diff__source diff__source--added">+ {s.title}</span>)}
              {changes.sources.removed.map((s) => <span key={s.id} className="diff__source diff__source--removed">− {s.title}</span>)}
            </p>
          ) : null}
          {!changes.rating && !changes.rationale.changed && !(changes.sources?.added.length || changes.sources?.removed.length) ? <p className="muted">{t("noChanges")}</p> : null}
        </div>
      ) : null}
      <p className="revision__rationale" dir="auto">{verdict.rationale}</p>
      {verdict.correctionNote ? <p className="alert alert--info" dir="auto">{t("correction")}: {verdict.correctionNote}</p> : null}
      {verdict.reviews.map((review) => (
        <p key={review.id} className={`review review--${review.decision}`}>
          <strong>{review.decision === "APPROVE" ? t("approvedBy", { name: review.reviewer.name }) : t("changesRequestedBy", { name: review.reviewer.name })}</strong>
          <span className="muted"> · {when(review.createdAt)}</span>
          {review.comment ? <span dir="auto" className="review__comment">{review.comment}</span> : null}
        </p>
      ))}
    </article>
  );
}
