"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateUserAction } from "@/app/users/actions";

interface Row {
  id: string;
  name: string;
  email: string;
  role: "EDITOR" | "REVIEWER" | "ADMIN";
  active: boolean;
}

export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const t = useTranslations();
  const [roleState, roleAction, rolePending] = useActionState(updateUserAction, null);
  const [activeState, activeAction, activePending] = useActionState(updateUserAction, null);
  const error = [roleState, activeState].find((s) => s && !s.ok);
  return (
    <tr data-testid={`user-${user.email}`}>
      <td>{user.name}</td>
      <td dir="ltr" className="muted">{user.email}</td>
      <td>
        <form action={roleAction} className="row">
          <input type="hidden" name="userId" value={user.id} />
          <select className="select" name="role" defaultValue={user.role} aria-label={`${t("users.changeRole")}: ${user.name}`} disabled={isSelf}>
            {(["EDITOR", "REVIEWER", "ADMIN"] as const).map((role) => (
              <option key={role} value={role}>{t(`roles.${role}`)}</option>
            ))}
          </select>
          {!isSelf ? <button className="btn btn--small" type="submit" disabled={rolePending}>{t("users.save")}</button> : null}
        </form>
      </td>
      <td>
        <span className={`status ${user.active ? "status--APPROVED" : "status--DISMISSED"}`}>
          {user.active ? t("users.active") : t("users.inactive")}
        </span>
      </td>
      <td>
        {!isSelf ? (
          <form action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.active ? "false" : "true"} />
            <button className={`btn btn--small ${user.active ? "btn--danger" : ""}`} type="submit" disabled={activePending}>
              {user.active ? t("users.deactivate") : t("users.activate")}
            </button>
          </form>
        ) : null}
        {error && !error.ok ? <p className="alert alert--error" role="alert">{error.message}</p> : null}
      </td>
    </tr>
  );
}
