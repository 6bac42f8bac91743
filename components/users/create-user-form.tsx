"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction } from "@/app/users/actions";

export function CreateUserForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className="form" key={state?.ok ? state.data.name : "form"}>
      <label className="field">
        <span className="field__label">{t("users.name")}</span>
        <input className="input" name="name" required defaultValue="" />
      </label>
      <label className="field">
        <span className="field__label">{t("users.email")}</span>
        <input className="input" name="email" type="email" required dir="ltr" />
      </label>
      <label className="field">
        <span className="field__label">{t("users.password")}</span>
        <input className="input" name="password" type="password" required minLength={10} dir="ltr" autoComplete="new-password" />
      </label>
      <label className="field">
        <span className="field__label">{t("users.role")}</span>
        <select className="select" name="role" defaultValue="EDITOR">
          {(["EDITOR", "REVIEWER", "ADMIN"] as const).map((role) => (
            <option key={role} value={role}>{t(`roles.${role}`)}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t("header.language")}</span>
        <select className="select" name="locale" defaultValue="ar">
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </label>
      {state && !state.ok ? <p className="alert alert--error" role="alert">{state.message}</p> : null}
      {state?.ok ? <p className="alert alert--success" role="status">{t("users.created", { name: state.data.name })}</p> : null}
      <button className="btn btn--primary" type="submit" disabled={pending}>{t("users.create")}</button>
    </form>
  );
}
