import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; params?: Record<string, string | number> };

/**
 * Runs a server action's one lib call. Expected errors reach the user in their language; anything else is logged
 * with its stack and shown generically, so internals never leak into the page.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const t = await getTranslations("errors");
    if (isAppError(error)) {
      const params: Record<string, string | number> = { ...error.params, detail: error.message };
      // "status,assignee" → words in the user's language, for "X changed this claim (…)".
      if (typeof params.fields === "string") {
        params.fields = params.fields
          .split(",")
          .map((field) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field))
          .join(t("fields.separator"));
      }
      const key = `specific.${error.code}` as const;
      const message = t.has(key) ? t(key, params) : t(error.code, params);
      return { ok: false, code: error.code, message, params: error.params };
    }
    console.error("Unexpected error in server action", error);
    return { ok: false, code: "UNEXPECTED", message: t("unexpected") };
  }
}
