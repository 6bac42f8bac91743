import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Parses untrusted input with a zod schema; failures become one BAD_REQUEST naming each offending field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".");
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  throw new AppError("BAD_REQUEST", problems.join("; "), { fields: result.error.issues.map((i) => i.path.join(".")).join(",") });
}
