"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addImportHostAction, removeImportHostAction } from "@/app/users/import-host-actions";

export function ImportHosts({ hosts }: { hosts: { id: string; host: string; createdBy: { name: string } }[] }) {
  const t = useTranslations("importHosts");
  const [state, action, pending] = useActionState(addImportHostAction, null);
  return (
    <section className="card card__body stack" aria-labelledby="import-hosts">
      <div>
        <h2 id="import-hosts">{t("title")}</h2>
        <p className="muted">{t("explain")}</p>
      </div>
      {hosts.length ? (
        <ul className="host-list">
          {hosts.map((h) => (
            <li key={h.id} className="row">
              <code dir="ltr">{h.host}</code>
              <span className="muted">{h.createdBy.name}</span>
              <form action={removeImportHostAction}>
                <input type="hidden" name="id" value={h.id} />
                <button className="btn btn--small btn--danger" type="submit">{t("remove")}</button>
              </form>
            </li>
          ))}
        </ul>
      ) : <p className="muted">{t("none")}</p>}
      <form action={action} className="row">
        <input className="input" name="host" placeholder="intranet.example.org:8080" dir="ltr" aria-label={t("host")} style={{ flex: 1 }} />
        <button className="btn" type="submit" disabled={pending}>{t("add")}</button>
      </form>
      {state && !state.ok ? <p className="alert alert--error" role="alert">{state.message}</p> : null}
    </section>
  );
}
