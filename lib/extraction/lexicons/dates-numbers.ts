import type { ClaimLanguage } from "../types";

/** Month names: Gulf/Egyptian, Levantine and Maghrebi Arabic names all appear in news copy. */
export const MONTHS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "ماي", "يونيو", "يوليو", "يوليوز", "أغسطس", "غشت",
    "سبتمبر", "شتنبر", "أكتوبر", "نوفمبر", "نونبر", "ديسمبر", "دجنبر", "كانون الثاني", "شباط", "آذار", "نيسان",
    "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول", "رمضان", "شوال",
    "محرم", "ذو الحجة",
  ],
  en: [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ],
  fr: [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
  ],
};

/** Weekdays and relative dates ("last week"): they anchor a fact in time, which makes it checkable. */
export const RELATIVE_DATES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "السنة الماضية", "أمس", "الأمس", "اليوم", "الأحد",
    "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأسبوع الجاري", "العام الجاري",
    "هذا العام", "هذا الأسبوع", "الأسبوع المقبل", "الشهر المقبل", "العام المقبل",
  ],
  en: [
    "yesterday", "today", "last week", "last month", "last year", "this year", "this week", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "years ago", "next year", "next week",
  ],
  fr: [
    "hier", "aujourd'hui", "la semaine dernière", "le mois dernier", "l'an dernier", "l'année dernière",
    "cette année", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "l'an prochain",
  ],
};

/** Words that turn the number after them into a year or a date: «سنة 2015», "in 2015", «بتاريخ 14 أبريل». */
export const DATE_MARKERS: Record<ClaimLanguage, readonly string[]> = {
  ar: ["سنة", "عام", "بتاريخ", "تاريخ", "في عام", "منذ عام", "العام"],
  en: ["in", "since", "year", "by", "until", "from"],
  fr: ["en", "depuis", "année", "l'an", "jusqu'en"],
};

/** Number words with their values. Scale words (thousand, million) multiply the number before them. */
export const NUMBER_WORDS: Record<ClaimLanguage, Readonly<Record<string, number>>> = {
  ar: {
    اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, ثلاث: 3, ثلاثة: 3,
    أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثمان: 8, ثماني: 8, ثمانية: 8,
    تسع: 9, تسعة: 9, عشر: 10, عشرة: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40,
    أربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80,
    تسعون: 90, تسعين: 90, مئة: 100, مائة: 100, مئات: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200,
    ثلاثمائة: 300, ثلاثمئة: 300, أربعمائة: 400, أربعمئة: 400, خمسمائة: 500, خمسمئة: 500, ستمائة: 600,
    ستمئة: 600, سبعمائة: 700, سبعمئة: 700, ثمانمائة: 800, ثمانمئة: 800, تسعمائة: 900, تسعمئة: 900,
    ألف: 1000, آلاف: 1000, ألفان: 2000, ألفين: 2000, مليون: 1e6, ملايين: 1e6, مليونان: 2e6, مليونين: 2e6,
    مليار: 1e9, مليارات: 1e9, ملياران: 2e9, مليارين: 2e9, أحد: 1, إحدى: 1, واحد: 1, واحدة: 1,
  },
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
    ninety: 90, hundred: 100, hundreds: 100, thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6,
    billion: 1e9, billions: 1e9, trillion: 1e12, dozen: 12, half: 0.5,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000, million: 1e6,
    millions: 1e6, milliard: 1e9, milliards: 1e9, douzaine: 12, moitié: 0.5,
  },
};

/** Words that only count as a number inside a compound («أحد عشر», "vingt et un"); alone they mean "one of", "a". */
export const WEAK_NUMBER_WORDS: ReadonlySet<string> = new Set(["أحد", "إحدى", "واحد", "واحدة", "one", "un", "une", "half", "moitié"]);

/** Percent words; "%" and «٪» are caught as characters. */
export const PERCENT_WORDS: Record<ClaimLanguage, readonly string[]> = {
  ar: ["بالمئة", "بالمائة", "في المئة", "في المائة", "المئة", "المائة"],
  en: ["percent", "per cent", "percentage points"],
  fr: ["pour cent", "pourcent"],
};
