"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    // authorize() reports "<CODE>|<seconds>"; see lib/auth/options.ts.
    const [code, seconds] = (result?.error ?? "").split("|");
    if (code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "RATE_LIMITED") {
      setError(t(`errors.${code}`, { seconds: seconds ?? "" }));
    } else {
      setError(t("errors.generic"));
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <label className="field">
        <span className="field__label">{t("email")}</span>
        <input className="input" name="email" type="email" autoComplete="username" required dir="ltr" />
      </label>
      <label className="field">
        <span className="field__label">{t("password")}</span>
        <input className="input" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </label>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn--primary btn--block" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
