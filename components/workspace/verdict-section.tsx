"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useClaimOperation } from "@/components/claims/use-claim-operation";
import { RATINGS, ratingLabel, type RatingValue } from "@/lib/ratings";
import type { VerdictRevision as StoredRevision } from "@/lib/workflow/find-verdict-revisions";
import type { Serialized } from "./types";

type VerdictRevision = Serialized<StoredRevision>;
import type { WorkspaceActions } from "@/lib/workflow/workspace-actions";
import { ActionError } from "./action-error";
import { RevisionCard } from "./revision-card";
import type { VersionedRef } from "./types";

interface Props {
  target: VersionedRef;
  verdicts: VerdictRevision[];
  actions: WorkspaceActions;
  sourceCount: number;
  isPublished: boolean;
  locale: "ar" | "en";
  currentUserId: string;
}

/** The verdict: every revision (newest first, with what changed), the review decision, and the proposal form. */
export function VerdictSection({ target, verdicts, actions, sourceCount, isPublished, locale }: Props) {
  const t = useTranslations("workspace");
  const propose = useClaimOperation();
  const review = useClaimOperation();
  const latest = verdicts[verdicts.length - 1] ?? null;
  const [rating, setRating] = useState<RatingValue | "">(latest?.rating ?? "");
  const [rationale, setRationale] = useState(latest?.rationale ?? "");
  const [correctionNote, setCorrectionNote] = useState("");
  const [reviewComment, setReviewComment] = useState("");

  return (
    <section className="card card__body stack" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t("verdict")}</h2>
      {verdicts.length === 0 ? <p className="muted">{t("noVerdict")}</p> : null}
      {[...verdicts].reverse().map((verdict) => (
        <RevisionCard key={verdict.id} verdict={verdict} locale={locale} latest={verdict.id === latest?.id} />
      ))}

      {actions.reviewVerdict && latest ? (
        <div className="review-box stack" data-testid="review-box">
          <h3>{t("reviewTitle", { revision: latest.revision })}</h3>
          <label className="field">
            <span className="field__label">{t("reviewComment")}</span>
            <textarea className="textarea" value={reviewComment} onChange={(e) => setReviewComment(e.target.value)} dir="auto" rows={3} />
            <span className="field__hint">{t("reviewCommentHint")}</span>
          </label>
          <ActionError error={review.error} />
          <div className="row">
            <button type="button" className="btn btn--primary" disabled={review.pending}
              onClick={() => review.run("reviewVerdict", { ...target, verdictId: latest.id, decision: "APPROVE", comment: reviewComment || undefined }, () => setReviewComment(""))}>
              {t("approve")}
            </button>
            <button type="button" className="btn btn--danger" disabled={review.pending}
              onClick={() => review.run("reviewVerdict", { ...target, verdictId: latest.id, decision: "REQUEST_CHANGES", comment: reviewComment }, () => setReviewComment(""))}>
              {t("requestChanges")}
            </button>
          </div>
        </div>
      ) : null}
      {actions.reviewBlockedAsAuthor ? <p className="alert alert--info">{t("ownVerdict")}</p> : null}

      {actions.proposeVerdict ? (
        <form className="stack propose-box" onSubmit={(e) => {
          e.preventDefault();
          propose.run("proposeVerdict", { ...target, rating, rationale, correctionNote: isPublished ? correctionNote : undefined });
        }}>
          <h3>{latest ? t("reviseVerdict") : t("proposeVerdict")}</h3>
          <fieldset className="rating-picker">
            <legend className="field__label">{t("rating")}</legend>
            {RATINGS.map((value) => (
              <label key={value} className={`rating-option ${rating === value ? "rating-option--on" : ""}`}>
                <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} />
                {ratingLabel(value, locale)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">{t("rationale")}</span>
            <textarea className="textarea" value={rationale} onChange={(e) => setRationale(e.target.value)} dir="auto" rows={5} />
          </label>
          {isPublished ? (
            <label className="field">
              <span className="field__label">{t("correctionNote")}</span>
              <textarea className="textarea" value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} dir="auto" rows={2} />
            </label>
          ) : null}
          {rating && rating !== "UNVERIFIABLE" && sourceCount === 0 ? <p className="field__hint">{t("needsSource")}</p> : null}
          <ActionError error={propose.error} />
          <div className="row">
            <button className="btn btn--primary" type="submit" disabled={propose.pending}>{t("submitVerdict")}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
