import type { ClaimLanguage } from "../types";

/**
 * Attribution comes in three parts. A source phrase («حسب», "according to", «selon») attributes by itself. A
 * reporting verb («أكد», "said") attributes only when the claim also names who speaks — a person, an organisation,
 * a title or a source noun — because «ويؤكد … أن» with no speaker is the writer's own assertion. Source nouns
 * («مصادر», "officials", «communiqué») name a kind of source.
 */
export const SOURCE_PHRASES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "حسب", "بحسب", "حسبما", "حسب ما", "وفق", "وفقا", "طبقا ل", "نقلا عن", "نقلا", "استنادا إلى", "على لسان",
    "وفق ما", "بحسب ما", "حسب ما أوردته", "كما أوردت", "أوردته", "أوردتها",
  ],
  en: ["according to", "as reported by", "citing", "cited by", "quoted by", "per"],
  fr: ["selon", "d'après", "de source", "cité par", "rapporté par", "selon lui", "selon elle"],
};

export const REPORTING_VERBS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "قال", "قالت", "يقول", "تقول", "قالوا", "أكد", "أكدت", "يؤكد", "تؤكد", "أعلن", "أعلنت", "يعلن", "تعلن",
    "أفاد", "أفادت", "يفيد", "تفيد", "صرح", "صرحت", "أوضح", "أوضحت", "يوضح", "أشار", "أشارت", "يشير", "تشير",
    "ذكر", "ذكرت", "يذكر", "تذكر", "نقل", "نقلت", "أورد", "أوردت", "كشف", "كشفت", "يكشف", "تكشف", "أضاف",
    "أضافت", "مضيفا", "مؤكدا", "مشيرا", "موضحا", "أظهرت", "أظهر", "اعترف", "اعترفت", "نفى", "نفت", "زعم", "زعمت",
    "ادعى", "ادعت", "حذر", "حذرت", "طالب", "طالبت", "أعرب", "أعربت",
  ],
  en: [
    "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "stated",
    "confirmed", "declared", "claimed", "claims", "testified", "wrote", "writes", "revealed", "disclosed",
    "estimated", "estimates", "showed", "shows", "found", "denied", "admitted", "warned", "insisted",
  ],
  fr: [
    "a dit", "a déclaré", "déclare", "a affirmé", "affirme", "a annoncé", "annonce", "a indiqué", "indique",
    "a précisé", "précise", "a confirmé", "confirme", "a rapporté", "rapporte", "a révélé", "révèle", "a estimé",
    "estime", "a souligné", "souligne", "a expliqué", "explique", "a ajouté", "a reconnu", "a démenti", "dément",
    "a averti", "a assuré", "assure",
  ],
};

export const SOURCE_NOUNS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "بيان", "بلاغ", "تصريح", "تصريحات", "مصادر", "مصدر", "متحدث", "المتحدث", "الناطق", "ناطق", "وكالة",
    "صحيفة", "تقرير", "دراسة", "إحصاءات", "إحصائيات", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "بيانات", "أرقام",
    "استطلاع", "وثيقة", "وثائق",
  ],
  en: [
    "study", "survey", "poll", "report", "statement", "spokesman", "spokeswoman", "spokesperson", "official",
    "officials", "sources", "source", "data", "figures", "statistics", "census", "documents", "witnesses",
  ],
  fr: [
    "communiqué", "rapport", "étude", "sondage", "enquête", "porte-parole", "source", "sources", "chiffres",
    "statistiques", "données", "responsable", "responsables", "témoins", "documents",
  ],
};

/**
 * Past-tense verbs of reported events (someone did something at a time and place) — the core of checkable news.
 */
export const EVENT_VERBS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "وقع", "وقعت", "قتل", "قتلت", "لقي", "لقيت", "اعتقل", "اعتقلت", "أوقف", "أوقفت", "سجل", "سجلت", "بدأ", "بدأت",
    "أطلق", "أطلقت", "افتتح", "افتتحت", "استقبل", "استقبلت", "زار", "زارت", "التقى", "التقت", "وصل", "وصلت",
    "أصدر", "أصدرت", "فاز", "فازت", "خسر", "خسرت", "صادق", "صادقت", "أقر", "أقرت", "منع", "منعت", "قرر", "قررت",
    "حصل", "حصلت", "تلقى", "تلقت", "ساهم", "ساهمت", "شارك", "شاركت", "أجريت", "أجرى", "أجرت", "نظم", "نظمت",
    "شهد", "شهدت", "استمر", "تم", "جرى", "جرت", "حدث", "أسفر", "أسفرت", "توفي", "توفيت", "أصيب", "أصيبت",
    "تسجيل", "وافق", "وافقت", "رفض", "رفضت", "أغلق", "أغلقت", "عين", "عينت", "انتخب", "استقال", "دخل", "دخلت",
    "نشر", "نشرت", "أنتج", "أنتجت", "طور", "طورت", "اختبر", "اختبرت", "وافقت", "بلغ", "بلغت", "تجاوز", "تجاوزت",
  ],
  en: [
    "was", "were", "had", "did", "voted", "passed", "signed", "killed", "died", "arrested", "launched", "opened",
    "won", "lost", "cut", "raised", "spent", "created", "increased", "decreased", "approved", "rejected",
    "vetoed", "elected", "appointed", "resigned", "met", "visited", "attacked", "invaded", "built", "closed",
    "received", "paid", "sent", "sold", "bought", "introduced", "supported", "opposed", "proposed", "ended",
    "began", "started", "released", "tested", "registered", "reached", "exceeded", "recorded", "took", "lost",
  ],
  fr: [
    "a été", "ont été", "était", "étaient", "a voté", "a signé", "a tué", "est mort", "sont morts", "a arrêté",
    "a lancé", "a ouvert", "a gagné", "a perdu", "a augmenté", "a baissé", "a approuvé", "a rejeté", "a élu",
    "a nommé", "a démissionné", "a rencontré", "a visité", "a attaqué", "a construit", "a fermé", "a reçu",
    "a payé", "a envoyé", "a vendu", "a acheté", "a présenté", "a adopté", "a atteint", "a dépassé",
    "a enregistré", "ont formé", "a formé", "a participé", "a eu lieu", "s'est rendu", "ont reçu", "ont participé",
  ],
};
