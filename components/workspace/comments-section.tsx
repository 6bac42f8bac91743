"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useClaimOperation } from "@/components/claims/use-claim-operation";
import { ActionError } from "./action-error";
import type { VersionedRef } from "./types";

interface CommentView {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string };
}

export function CommentsSection({ target, comments, canComment }: { target: VersionedRef; comments: CommentView[]; canComment: boolean }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const operation = useClaimOperation();
  const [body, setBody] = useState("");
  return (
    <section className="card card__body stack" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("title", { count: comments.length })}</h2>
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <div className="row"><strong>{comment.author.name}</strong><span className="muted">{format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}</span></div>
            <p dir="auto">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); operation.run("addComment", { ...target, body }, () => setBody("")); }}>
          <label className="field">
            <span className="field__label">{t("new")}</span>
            <textarea className="textarea" rows={2} dir="auto" value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <ActionError error={operation.error} />
          <div className="row"><button className="btn btn--small" type="submit" disabled={operation.pending || !body.trim()}>{t("post")}</button></div>
        </form>
      ) : null}
    </section>
  );
}
