/** Small HTML building blocks shared by the report page and its claim cards. */
import { ratingColors, type RatingValue } from "@/lib/ratings";

import { safeHttpUrl } from "./model";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** A link when the URL is http(s); otherwise just the label (or the URL as text, so nothing silently disappears).
 * `labelHtml` is already-escaped HTML. */
export function linkHtml(url: string | null, labelHtml?: string): string {
  const href = safeHttpUrl(url);
  const text = labelHtml ?? (url ? `<span class="url">${escapeHtml(url)}</span>` : "");
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>` : text;
}

const SLOT = "\u0000";

/** Escapes a translated sentence built around a name, then isolates the name with <bdi> so an Arabic name in an
 * English sentence (or the reverse) cannot reorder the words around it. */
// A function replacer: a name such as "$&" must not be read as a replacement pattern.
export function sentenceWithName(build: (name: string) => string, name: string): string {
  return escapeHtml(build(SLOT)).replace(SLOT, () => `<bdi>${escapeHtml(name)}</bdi>`);
}

/** Rationale and notes are free text: blank lines become paragraphs, single newlines line breaks. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p dir="auto">${escapeHtml(p).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");
}

export function badgeStyle(rating: RatingValue | null): string {
  const colors = rating ? ratingColors(rating) : { background: "#6b7280", tint: "#f1f2f4" };
  return `--badge:${colors.background};--tint:${colors.tint}`;
}
