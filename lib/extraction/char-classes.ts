/**
 * Unicode letter tests on single UTF-16 code units, for the loops that ask them once per character (sentence ends,
 * tokens). Each answer comes from the regex the first time a code unit is seen and from a table afterwards, so it is
 * exactly the regex's answer: a lone surrogate half is neither.
 */
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

const KNOWN = 1;
const IS_LETTER = 2;
const IS_LETTER_OR_MARK = 4;
const IS_LETTER_OR_NUMBER = 8;
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const unit = String.fromCharCode(code);
  const found =
    KNOWN |
    (LETTER.test(unit) ? IS_LETTER : 0) |
    (LETTER_OR_MARK.test(unit) ? IS_LETTER_OR_MARK : 0) |
    (LETTER_OR_NUMBER.test(unit) ? IS_LETTER_OR_NUMBER : 0);
  classes[code] = found;
  return found;
}

/** `/\p{L}/u.test(unit)` for one code unit. */
export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const known = classes[code]!;
  return ((known === 0 ? classify(code) : known) & IS_LETTER) !== 0;
}

/** `/[\p{L}\p{M}]/u.test(unit)` for one code unit. */
export function isLetterOrMarkUnit(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const known = classes[code]!;
  return ((known === 0 ? classify(code) : known) & IS_LETTER_OR_MARK) !== 0;
}

/** `/[\p{L}\p{N}]/u.test(unit)` for one code unit. */
export function isLetterOrNumberUnit(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39);
  const known = classes[code]!;
  return ((known === 0 ? classify(code) : known) & IS_LETTER_OR_NUMBER) !== 0;
}

/** `/\s/.test(unit)`: JavaScript's white space and line terminators (what `String.prototype.trim` removes). */
export function isWhiteSpaceUnit(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
