export const UI_LOCALES = ["ar", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "ar";
export const LOCALE_COOKIE = "sanad-locale";

export function resolveLocale(value: string | null | undefined): UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value ?? "") ? (value as UiLocale) : DEFAULT_LOCALE;
}

/** Text direction of a language tag; used for the UI and, separately, for each article's own text. */
export function directionOf(language: string | null | undefined): "rtl" | "ltr" {
  return /^(ar|fa|he|ur|ps|ckb|yi)(-|$)/i.test(language ?? "") ? "rtl" : "ltr";
}
