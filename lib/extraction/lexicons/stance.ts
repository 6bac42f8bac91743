import type { ClaimLanguage } from "../types";

/**
 * Words that signal the writer is not asserting a fact: hedging, opinion, personal belief, obligation, vagueness.
 * Each of these lowers check-worthiness; they are kept apart because editors read them differently
 * ("hedged: يبدو أن" is not the same warning as "opinion: رائع").
 */

/** Hedging: the statement is presented as uncertain. */
export const HEDGES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "يبدو أن", "يبدو", "على ما يبدو", "ربما", "لعل", "من المحتمل", "يحتمل", "محتمل", "قد يكون", "قد تكون",
    "يرجح", "من المرجح", "غالبا", "يكاد", "تكاد", "كأن", "وكأن", "يعتقد أن", "يشتبه", "يظن", "نوعا ما",
    "إلى حد ما", "ممكن", "يمكن أن", "احتمال",
  ],
  en: [
    "may", "might", "could", "perhaps", "maybe", "possibly", "apparently", "seems", "seem", "seemed", "appears to",
    "appear to", "likely", "unlikely", "probably", "reportedly", "allegedly", "somewhat", "kind of", "sort of",
    "suggests", "suspected", "rumored", "it is possible",
  ],
  fr: [
    "peut-être", "semble", "semblent", "sembler", "probablement", "pourrait", "pourraient", "apparemment",
    "il se peut", "sans doute", "vraisemblablement", "possible", "possiblement", "serait", "seraient",
    "aurait", "auraient", "présumé", "supposé",
  ],
};

/** Evaluative words and opinion frames: judgement rather than fact. */
export const OPINION: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "يعكس", "تعكس", "يجسد", "تجسد", "يمثل نموذجا", "رائع", "رائعة", "عظيم", "عظيمة", "جميل",
    "جميلة", "سيء", "سيئة", "فاشل", "فاشلة", "كارثي", "كارثة", "مهم", "مهمة", "هام", "هامة", "ضروري", "أبرز",
    "من أبرز", "أهم", "من أهم", "مهما", "للأسف", "مع الأسف", "الحمد لله", "إن شاء الله", "ما شاء الله", "اللهم",
    "يارب", "الله", "حسبي الله", "بإذن الله", "أتمنى", "نتمنى", "نأمل", "أرجو", "فخر", "نفخر", "فخور", "شكرا",
    "شكر", "عيب", "حرام", "مؤسف", "مخزي", "للتاريخ", "استثنائي", "الاستثنائي", "محوري", "محورية", "حاسما",
    "متين", "متينة", "المتينة", "صامدا", "الخير", "ممتاز", "ممتازة", "مذهل", "ناجح", "ناجحة", "العافية", "خطير", "خطيرة", "مرعب", "صادم", "صادمة",
  ],
  en: [
    "great", "terrible", "wonderful", "horrible", "best", "worst", "good", "bad", "important", "disaster",
    "disastrous", "amazing", "incredible", "tremendous", "shameful", "outrageous", "ridiculous", "fantastic",
    "beautiful", "awful", "wrong", "right", "fair", "unfair", "strong", "weak", "proud", "hope", "thank",
    "thanks", "congratulate", "love", "frankly", "honestly", "unfortunately", "fortunately", "clearly",
    "obviously", "reflects", "remarkable", "crucial", "essential", "vital",
  ],
  fr: [
    "formidable", "terrible", "magnifique", "horrible", "meilleur", "pire", "bon", "mauvais", "important",
    "importante", "catastrophe", "catastrophique", "incroyable", "honteux", "scandaleux", "ridicule",
    "fantastique", "malheureusement", "heureusement", "évidemment", "clairement", "reflète", "témoigne",
    "remarquable", "essentiel", "essentielle", "crucial", "fier", "espère", "merci", "excellent",
  ],
};

/** Belief, wish and intention: "I think", «أعتقد», «نريد». The speaker's view, not a fact. */
export const SUBJECTIVE: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "أعتقد", "نعتقد", "أرى", "نرى", "أظن", "نظن", "في رأيي", "برأيي", "أشعر", "أؤمن", "نؤمن", "أريد", "نريد",
    "أحب", "أتوقع", "رأيي", "اعتقد", "اظن", "أتمنى", "نتمنى",
  ],
  en: [
    "i think", "i believe", "i feel", "i know", "i want", "i hope", "we want", "we need", "in my opinion",
    "i'm not", "let me", "let's", "let us", "i'd like", "i would", "i will", "we will", "we're going", "i'm going",
  ],
  fr: [
    "je pense", "je crois", "je trouve", "à mon avis", "selon moi", "je veux", "nous voulons", "j'espère",
    "je souhaite", "il me semble",
  ],
};

/** First-person pronouns: the speaker talking about themselves (debates, opinion tweets). */
export const FIRST_PERSON: Record<ClaimLanguage, readonly string[]> = {
  ar: ["أنا", "انا", "نحن", "احنا", "عندي", "لدي", "لدينا", "عندنا", "إننا", "إنني", "انني", "اننا"],
  en: ["i", "me", "my", "we", "our", "us", "myself", "ourselves", "i'm", "i've", "we're", "we've"],
  fr: ["je", "j", "moi", "mon", "ma", "mes", "nous", "notre", "nos"],
};

/** Addressing the reader or the opponent: "you", «أنت». */
export const SECOND_PERSON: Record<ClaimLanguage, readonly string[]> = {
  ar: ["أنت", "انت", "أنتم", "انتم", "عليك", "لك", "لكم", "عليكم", "ياخي", "يا"],
  en: ["you", "your", "you're", "you've", "yours"],
  fr: ["vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi"],
};

/** Obligation and exhortation: prescriptions are not checkable facts. */
export const OBLIGATION: Record<ClaimLanguage, readonly string[]> = {
  ar: ["يجب", "ينبغي", "لا بد", "لابد", "علينا", "يتعين", "يلزم", "ندعو", "أدعو", "فلنعمل", "لازم", "يستوجب"],
  en: ["must", "should", "need to", "needs to", "have to", "has to", "ought", "got to", "gotta", "shall"],
  fr: ["il faut", "doit", "doivent", "devons", "devez", "faut", "faudrait"],
};

/** Vague quantities and evaluations that cannot be checked as stated. */
export const VAGUE: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "الكثير", "كثير", "كثيرة", "عدد من", "عددا من", "العديد", "بعض", "مختلف", "جدا", "للغاية", "أكثر الملفات",
    "أعلى المستويات", "نوع", "أشياء", "شيء", "كل شيء",
  ],
  en: ["a lot", "lots", "many", "some", "very", "really", "so much", "things", "something", "everything", "stuff"],
  fr: ["beaucoup", "plusieurs", "certains", "très", "vraiment", "quelque chose", "tout", "choses", "nombreux"],
};

/** Arabic social-media register (dialect words, interjections); rare in news copy, common in opinion tweets. */
export const INFORMAL: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "والله", "يعني", "مو", "شي", "ليش", "وش", "ايش", "هذول", "هاذولا", "اللي", "الي", "بس", "كذا", "ايه", "طيب",
    "مش", "ده", "دي", "ازاي", "عشان", "علشان", "اللى", "هيك", "شو", "كمان", "خلاص", "يا رب", "هههه", "ههههه",
    "ههههههه", "لول", "اخي", "أخي", "يااخي", "بكيفك", "ترى", "حق", "زي", "برضو", "معليش", "مافي", "ماهو",
    "ليه", "مب", "يبي", "يبغى", "تبي", "ابي", "ابغى", "عاد", "صح", "هاذا", "هذي", "هاذي", "الحين", "اللحين",
    "زين", "مره", "يارجل", "وشو", "ايوه", "لسه", "دلوقتي", "كدا", "خلي", "خلو", "ماعندهم", "احس", "اشوف",
  ],
  en: ["well", "folks", "okay", "ok", "yes", "no", "oh", "look", "gee", "uh", "thank you", "applause", "laughter"],
  fr: ["bon", "voilà", "bah", "ben", "euh", "oui", "non", "bref", "enfin"],
};
