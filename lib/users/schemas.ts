import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/permissions";

export const LOCALES = ["ar", "en"] as const;
export type UiLocale = (typeof LOCALES)[number];

export const ZCreateUserInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(120),
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`).max(1024),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default("ar"),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.object({
  userId: z.string().uuid(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
});
export type TUpdateUserInput = z.input<typeof ZUpdateUserInput>;
