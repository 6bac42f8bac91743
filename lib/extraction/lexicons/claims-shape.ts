import type { ClaimLanguage } from "../types";

/**
 * Words that give a statement a checkable shape (comparison, cause, measurable quantity) or mark it as a forecast.
 */

/** Future and forecast markers. Predictions stay visible but are flagged and scored down: they cannot be checked yet. */
export const PREDICTION: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "سوف", "سيتم", "ستتم", "من المتوقع", "من المنتظر", "يتوقع", "تتوقع", "متوقع", "المتوقع", "المقبل", "المقبلة",
    "القادم", "القادمة", "مستقبلا", "في المستقبل", "ينتظر", "يعتزم", "تعتزم", "يرتقب", "مرتقب", "مرتقبة",
    "سيكون", "ستكون", "سيصبح", "ستصبح", "سيبدأ", "ستبدأ", "سيلتقي", "ستلتقي", "سيقوم", "ستقوم", "سيعقد",
    "ستعقد", "سيصل", "ستصل", "سيتمكن", "لن",
  ],
  en: [
    "will", "won't", "going to", "gonna", "expected to", "expects", "plans to", "plan to", "next year",
    "next week", "next month", "would", "forecast", "projected", "projects", "predict", "predicts", "future",
    "tomorrow", "upcoming", "intends to", "is set to", "are set to", "to be held",
  ],
  fr: [
    "va", "vont", "sera", "seront", "aura", "auront", "fera", "feront", "pourra", "devra", "prévoit",
    "prévu", "prévue", "l'an prochain", "l'année prochaine", "la semaine prochaine", "le mois prochain",
    "prochain", "prochaine", "demain", "avenir", "à venir", "devrait", "compte", "envisage",
  ],
};

/** Cause and consequence. Causal statements are worth checking: the cause is often the disputed part. */
export const CAUSAL: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "بسبب", "نتيجة", "نتيجة ل", "أدى إلى", "أدت إلى", "يؤدي إلى", "تؤدي إلى", "مما أدى", "بفضل", "لأن", "لان",
    "نظرا", "نظرا ل", "جراء", "من جراء", "تسبب", "تسببت", "يتسبب", "يعزى", "تعزى",
    "أسفر عن", "أسفرت عن", "ناتج عن", "الناجم عن", "بالتالي", "لذلك", "ولذلك",
  ],
  en: [
    "because", "due to", "caused", "causes", "cause", "led to", "leads to", "lead to", "as a result",
    "result of", "resulted in", "thanks to", "therefore", "so that", "responsible for", "blamed",
    "owing to", "driven by", "contributed to",
  ],
  fr: [
    "à cause de", "en raison de", "grâce à", "parce que", "car", "a entraîné", "entraîne", "a provoqué",
    "provoque", "suite à", "à la suite de", "par conséquent", "donc", "du fait de", "responsable de",
    "a conduit à", "conduit à", "attribué à",
  ],
};

/** Comparison, ranking and change: "more than", "the first", «ارتفع». */
export const COMPARISON: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "أكثر من", "أقل من", "أعلى", "أدنى", "أكبر", "أصغر", "الأكبر", "الأعلى", "الأدنى", "الأول", "الأولى", "أول",
    "ارتفع", "ارتفعت", "ارتفاع", "انخفض", "انخفضت", "انخفاض", "تراجع", "تراجعت", "زيادة", "زاد", "زادت", "ضعف",
    "أضعاف", "مقارنة", "مقارنة ب", "قياسي", "قياسية", "رقم قياسي", "ضعفي", "تضاعف", "نمو", "نما", "بلغ", "بلغت",
    "حوالي", "نحو", "قرابة", "ما يقارب", "ما لا يقل عن", "تجاوز", "تجاوزت", "يفوق", "أقصى", "الأخير", "الأخيرة",
  ],
  en: [
    "more than", "less than", "fewer than", "higher", "lower", "largest", "biggest", "smallest", "highest",
    "lowest", "first", "record", "increase", "increased", "rose", "risen", "fell", "fallen", "dropped",
    "decline", "declined", "doubled", "tripled", "times", "compared", "than", "most", "least", "grew", "growth",
    "up from", "down from", "over", "under", "almost", "nearly", "about", "approximately", "only", "ever",
  ],
  fr: [
    "plus de", "moins de", "plus que", "moins que", "hausse", "baisse", "record", "premier", "première",
    "a augmenté", "a diminué", "a chuté", "doublé", "triplé", "fois", "par rapport",
    "comparé", "croissance", "près de", "environ", "presque", "seulement", "jamais", "le plus", "la plus",
  ],
};

/** Nouns for things that are counted or measured (budgets, rates, cases): talk about them is usually checkable. */
export const MEASURABLES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "نسبة", "معدل", "عدد", "أعداد", "ميزانية", "عجز", "ديون", "دين", "ضرائب", "ضريبة", "إصابات", "إصابة",
    "وفيات", "وفاة", "حالات", "حالة", "قتلى", "جرحى", "ضحايا", "سكان", "بطالة", "التضخم", "تضخم", "أسعار",
    "سعر", "دولار", "درهم", "دينار", "ريال", "جنيه", "يورو", "جرعة", "جرعات", "مقاعد", "أصوات", "كيلومتر",
    "طن", "برميل", "الناتج", "صادرات", "واردات", "استثمارات", "رواتب", "وظائف", "موظفي", "موظفين", "فردا",
  ],
  en: [
    "percent", "rate", "rates", "number", "budget", "deficit", "debt", "tax", "taxes", "jobs", "unemployment",
    "inflation", "prices", "price", "dollars", "billion", "million", "trillion", "cases", "deaths", "population",
    "wages", "income", "spending", "cost", "costs", "votes", "gdp", "economy", "troops", "people", "percentage",
    "average", "median", "miles", "acres", "barrels", "exports", "imports", "insurance", "medicare", "funding",
  ],
  fr: [
    "pour cent", "taux", "nombre", "budget", "déficit", "dette", "impôt", "impôts", "taxe", "emplois", "chômage",
    "inflation", "prix", "euros", "dollars", "milliards", "millions", "cas", "décès", "morts", "population",
    "salaires", "revenus", "dépenses", "coût", "voix", "pib", "économie", "personnes", "moyenne", "habitants",
  ],
};

/** Official acts — laws, decrees, treaties, votes, rulings: whether one exists and what it says can be checked. */
export const OFFICIAL_ACTS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "قانون", "القانون", "مرسوم", "المرسوم", "قرار", "القرار", "اتفاقية", "الاتفاقية", "معاهدة", "اتفاق",
    "الاتفاق", "تشريع", "حكم", "الحكم", "ميثاق", "ترخيص", "موافقة", "تصويت", "صوت", "صوتت", "عقوبات",
    "العقوبات", "حظر", "منع التجول", "الميزانية", "مشروع قانون", "ظهير", "دورية",
  ],
  en: [
    "law", "laws", "bill", "bills", "act", "legislation", "treaty", "agreement", "decree", "ruling", "vote",
    "voted", "votes", "sanctions", "ban", "veto", "vetoed", "amendment", "resolution", "regulation",
    "regulations", "program", "programs", "policy", "budget", "executive order",
  ],
  fr: [
    "loi", "lois", "projet de loi", "décret", "traité", "accord", "arrêté", "jugement", "vote", "voté", "sanctions",
    "interdiction", "amendement", "résolution", "règlement", "ordonnance", "budget", "programme",
  ],
};

/**
 * Interrogatives that open a question. Arabic tweets and headlines often drop «؟», so Arabic lists the common ones;
 * in English and French "when"/"where"/"quand" usually open a statement ("When I took office, …"), so only words
 * that almost always ask are listed — a question mark is caught separately.
 */
export const QUESTION_WORDS: Record<ClaimLanguage, readonly string[]> = {
  ar: ["هل", "كيف", "لماذا", "ليش", "متى", "ماذا", "أين", "وين", "أليس", "إلى متى", "شنو", "ما حقيقة"],
  en: ["why", "how come", "is it true"],
  fr: ["pourquoi", "est-ce que", "qu'est-ce"],
};
