import { getTranslations } from "next-intl/server";

const TYPES = ["NUMERIC", "QUANTITY_DATE", "ATTRIBUTION", "EVENT", "POSITION", "CAUSAL", "PREDICTION", "OTHER"];

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export async function QueueFilters({ values, people }: { values: Record<string, string | undefined>; people: { id: string; name: string }[] }) {
  const t = await getTranslations();
  return (
    <form className="queue-filters card card__body" method="get" action="/queue" aria-label={t("queue.filters")}>
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      {values.articleId ? <input type="hidden" name="articleId" value={values.articleId} /> : null}
      <label className="field"><span className="field__label">{t("queue.assignee")}</span>
        <select className="select" name="assignee" defaultValue={values.assignee ?? ""}>
          <option value="">{t("queue.anyone")}</option>
          <option value="me">{t("queue.mine")}</option>
          <option value="unassigned">{t("claims.unassigned")}</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label className="field"><span className="field__label">{t("articles.language")}</span>
        <select className="select" name="language" defaultValue={values.language ?? ""}>
          <option value="">{t("queue.anyLanguage")}</option>
          {["ar", "fr", "en"].map((l) => <option key={l} value={l}>{t(`languages.${l}` as "languages.ar")}</option>)}
        </select>
      </label>
      <label className="field"><span className="field__label">{t("claims.type")}</span>
        <select className="select" name="type" defaultValue={values.type ?? ""}>
          <option value="">{t("queue.anyType")}</option>
          {TYPES.map((type) => <option key={type} value={type}>{t(`claimTypes.${type}` as "claimTypes.OTHER")}</option>)}
        </select>
      </label>
      <label className="field"><span className="field__label">{t("queue.minScore")}</span>
        <select className="select" name="minScore" defaultValue={values.minScore ?? ""}>
          <option value="">{t("queue.anyScore")}</option>
          {["0.5", "0.6", "0.7", "0.8", "0.9"].map((s) => <option key={s} value={s}>≥ {Math.round(Number(s) * 100)}</option>)}
        </select>
      </label>
      <label className="field"><span className="field__label">{t("queue.sort")}</span>
        <select className="select" name="sort" defaultValue={values.sort ?? "score"}>
          {["score", "newest", "oldest", "due"].map((s) => <option key={s} value={s}>{t(`queue.sorts.${s}` as "queue.sorts.score")}</option>)}
        </select>
      </label>
      <button className="btn" type="submit">{t("queue.apply")}</button>
    </form>
  );
}
