/**
 * A plain-text article usually opens with its headline on a line of its own: short, with no closing full stop, and
 * followed by a blank line. When it does, the headline becomes the title and leaves the body, so claims are anchored
 * in the article text proper. Anything else is left alone.
 */
const MAX_HEADLINE = 200;
const CLOSING_PUNCTUATION = /[.!?؟。…:;؛]$/;

export function splitLeadingHeadline(text: string): { title?: string; body: string } {
  const match = /^([^\n]+)\n[^\S\n]*\n+([\s\S]+)$/.exec(text.trimStart());
  if (!match) return { body: text };
  const headline = match[1]!.trim();
  if (headline.length > MAX_HEADLINE || CLOSING_PUNCTUATION.test(headline)) return { body: text };
  return { title: headline, body: match[2]!.trim() };
}
