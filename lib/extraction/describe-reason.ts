import type { ScoreReason } from "./types";

/**
 * A score reason in words an editor understands, in Arabic or English: "contains a number: 12",
 * «يحتوي على رقم: 12». Unknown codes (from a newer extractor) fall back to the code itself.
 */
const MESSAGES: Record<string, { en: string; ar: string }> = {
  number: { en: "contains a number", ar: "يحتوي على رقم" },
  percentage: { en: "contains a percentage", ar: "يحتوي على نسبة مئوية" },
  date: { en: "anchored in time", ar: "محدد بتاريخ" },
  person: { en: "names a person", ar: "يذكر شخصاً" },
  organization: { en: "names an organisation", ar: "يذكر مؤسسة" },
  place: { en: "names a place", ar: "يذكر مكاناً" },
  title: { en: "mentions a title or position", ar: "يذكر منصباً أو صفة" },
  attributed: { en: "attributed", ar: "منسوب إلى مصدر" },
  quote: { en: "contains a quotation", ar: "يتضمن اقتباساً" },
  event: { en: "reports an event", ar: "يروي حدثاً" },
  comparison: { en: "makes a comparison", ar: "يتضمن مقارنة" },
  causal: { en: "states a cause", ar: "يربط سبباً بنتيجة" },
  measurable: { en: "about something measurable", ar: "يتناول أمراً قابلاً للقياس" },
  hedged: { en: "hedged", ar: "صياغة متحفظة" },
  opinion: { en: "opinion or evaluation", ar: "رأي أو تقييم" },
  belief: { en: "states a belief or wish", ar: "يعبر عن اعتقاد أو رغبة" },
  first_person: { en: "speaker talks about themselves", ar: "بصيغة المتكلم" },
  past_tense: { en: "reports something that happened", ar: "يروي أمراً وقع" },
  several_numbers: { en: "contains several figures", ar: "يحتوي على عدة أرقام" },
  addresses_reader: { en: "addresses the reader", ar: "يخاطب القارئ" },
  prescriptive: { en: "says what should be done", ar: "يدعو إلى ما يجب فعله" },
  vague: { en: "vague wording", ar: "صياغة مبهمة" },
  informal: { en: "informal or colloquial wording", ar: "صياغة عامية" },
  prediction: { en: "prediction about the future", ar: "توقع للمستقبل" },
  question: { en: "a question, not a statement", ar: "سؤال وليس تقريراً" },
  exclamation: { en: "exclamation", ar: "تعجب" },
  too_short: { en: "too short to check (words)", ar: "قصير جداً للتحقق (عدد الكلمات)" },
  long: { en: "long sentence (words)", ar: "جملة طويلة (عدد الكلمات)" },
  length: { en: "length (words)", ar: "الطول (عدد الكلمات)" },
  official_act: { en: "refers to a law, decision or agreement", ar: "يشير إلى قانون أو قرار أو اتفاق" },
  hashtag: { en: "contains a hashtag", ar: "يحتوي على وسم" },
  link: { en: "contains a link", ar: "يحتوي على رابط" },
  reply: { en: "a reply to someone", ar: "رد على مستخدم" },
  emoji: { en: "contains emoji", ar: "يحتوي على رموز تعبيرية" },
};

export function describeReason(reason: ScoreReason, locale: "ar" | "en"): string {
  const message = MESSAGES[reason.code]?.[locale] ?? reason.code;
  return reason.evidence ? `${message}: ${reason.evidence}` : message;
}
