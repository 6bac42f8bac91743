import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };
const load = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Messages;

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe("interface messages", () => {
  const ar = load("ar");
  const en = load("en");

  it("Arabic and English have exactly the same keys, so neither language falls back to raw keys", () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it("no key contains a dot (next-intl would read it as nesting) and no message is empty", () => {
    for (const messages of [ar, en]) {
      for (const key of keys(messages)) {
        const value = key.split(".").reduce<string | Messages>((node, part) => (node as Messages)[part]!, messages);
        expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it("Arabic messages are written in Arabic", () => {
    const latinOnly = keys(ar).filter((key) => {
      const value = key.split(".").reduce<string | Messages>((node, part) => (node as Messages)[part]!, ar) as string;
      return !/[\u0600-\u06FF]/.test(value) && !/^\{[^}]+\}$/.test(value) && !/^[\s,،]+$/.test(value);
    });
    // Language names shown in their own script, like the "English" switch, are intended.
    expect(latinOnly).toEqual(["header.switchTo"]);
  });
});
