import type { ClaimLanguage } from "../types";

/**
 * Number parsing for digits in any of the scripts news copy uses (0-9, ٠-٩, ۰-۹) and for number words.
 */

const EASTERN_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic and Persian digits → ASCII digits; separators are left alone. */
export function toAsciiDigits(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= EASTERN_ZERO && code <= EASTERN_ZERO + 9) out += String.fromCharCode(48 + code - EASTERN_ZERO);
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String.fromCharCode(48 + code - PERSIAN_ZERO);
    else out += value[i];
  }
  return out;
}

function isAsciiDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return token.length > 0;
}

/**
 * Value of a digit token such as "35", "٣٥", "3.5", "1,000", "٣٫٥", "1.000.000". Which of "," and "." is the decimal
 * mark depends on the language (French writes 3,5) and on grouping (a separator followed by exactly three digits
 * that repeats, or "1,000" in English, groups thousands).
 */
export function parseDigits(token: string, language: ClaimLanguage): number {
  if (isAsciiDigits(token)) return Number(token); // "2015", "35": most numbers in the news
  const ascii = toAsciiDigits(token).replace(ARABIC_THOUSANDS, "").replace(ARABIC_DECIMAL, ".");
  if (!ascii.includes(".") && !ascii.includes(",")) return Number(ascii);
  const hasComma = ascii.includes(",");
  const hasDot = ascii.includes(".");
  if (hasComma && hasDot) {
    const decimal = ascii.lastIndexOf(",") > ascii.lastIndexOf(".") ? "," : ".";
    return toNumber(ascii, decimal);
  }
  const separator = hasComma ? "," : ".";
  const groups = ascii.split(separator);
  const groupsOfThree = groups.slice(1).every((group) => group.length === 3);
  if (groups.length > 2 && groupsOfThree) return Number(groups.join(""));
  if (groupsOfThree) {
    // One separator before three digits: "1,000" groups in English and Arabic, "1.000" groups in French.
    const groupsHere = (separator === "," && language !== "fr") || (separator === "." && language === "fr");
    if (groupsHere) return Number(groups.join(""));
  }
  return toNumber(ascii, separator);
}

const ARABIC_THOUSANDS = /\u066C/g;
const ARABIC_DECIMAL = /\u066B/g;
const DOTS = /\./g;
const COMMAS = /,/g;

function toNumber(ascii: string, decimal: "," | "."): number {
  const grouping = decimal === "," ? DOTS : COMMAS;
  return Number(ascii.replace(grouping, "").replace(decimal, "."));
}

/**
 * Combines a run of number words into one value: «اثنا عشر» → 12, «ثلاثة وعشرون» → 23, «ثلاثة آلاف» → 3000,
 * "two hundred fifty" → 250, «quatre-vingt-dix» → 90.
 */
export function combineNumberWords(values: readonly number[], language: ClaimLanguage): number {
  let total = 0;
  let current = 0;
  for (const value of values) {
    if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else if (value === 100) {
      current = (current || 1) * 100;
    } else if (language === "fr" && value === 20 && current % 100 === 4) {
      current += 76; // quatre-vingt = 4 × 20 (only French counts in twenties; Arabic «أربعة وعشرون» is 24)
    } else {
      current += value;
    }
  }
  return total + current;
}
