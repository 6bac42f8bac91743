import type { ClaimLanguage } from "../types";

/**
 * A small gazetteer: countries, capitals and regions that recur in Arabic, French and English news. It is not meant
 * to be complete — unknown places simply go unrecognised — but every entry here is a place in any context.
 */
const ARABIC_PLACES = [
  "المغرب", "فرنسا", "الجزائر", "تونس", "ليبيا", "مصر", "السودان", "موريتانيا", "السعودية", "المملكة العربية السعودية",
  "الإمارات", "قطر", "الكويت", "البحرين", "عمان", "سلطنة عمان", "اليمن", "العراق", "سوريا", "سورية", "لبنان", "الأردن",
  "فلسطين", "غزة", "الضفة الغربية", "القدس", "إسرائيل", "إيران", "تركيا", "روسيا", "الصين", "اليابان", "الهند",
  "باكستان", "أفغانستان", "الولايات المتحدة", "أمريكا", "أميركا", "كندا", "البرازيل", "المكسيك", "بريطانيا",
  "المملكة المتحدة", "ألمانيا", "إيطاليا", "إسبانيا", "البرتغال", "بلجيكا", "هولندا", "سويسرا", "السويد", "أوكرانيا",
  "بولندا", "اليونان", "أوروبا", "إفريقيا", "أفريقيا", "آسيا", "شمال إفريقيا", "شمال أفريقيا", "الشرق الأوسط",
  "الخليج", "المغرب العربي", "الساحل", "مالي", "النيجر", "السنغال", "نيجيريا", "إثيوبيا", "كينيا", "جنوب إفريقيا",
  "باريس", "الرباط", "الدار البيضاء", "مراكش", "طنجة", "فاس", "الجزائر العاصمة", "القاهرة", "الرياض", "جدة",
  "دبي", "أبوظبي", "الدوحة", "بيروت", "دمشق", "بغداد", "عمان", "طرابلس", "تونس العاصمة", "نواكشوط", "الخرطوم",
  "لندن", "برلين", "مدريد", "روما", "بروكسل", "جنيف", "واشنطن", "نيويورك", "موسكو", "بكين", "طهران", "أنقرة",
  "إسطنبول", "كييف", "مرسيليا", "ليون", "نيس", "سبتة", "مليلية", "الصحراء", "العيون", "الداخلة", "نجران", "الشرقية",
  "المنطقة الشرقية", "مكة", "المدينة المنورة", "الكويت العاصمة", "ووهان", "لاتينية", "أمريكا اللاتينية",
];

const LATIN_PLACES = [
  "u s", "u s a", "usa", "u k", "uk",
  "morocco", "maroc", "france", "algeria", "algérie", "tunisia", "tunisie", "libya", "libye", "egypt", "égypte",
  "sudan", "soudan", "saudi arabia", "arabie saoudite", "qatar", "kuwait", "koweït", "iraq", "irak", "syria",
  "syrie", "lebanon", "liban", "jordan", "jordanie", "israel", "israël", "gaza", "iran", "turkey", "turquie",
  "russia", "russie", "china", "chine", "japan", "japon", "india", "inde", "pakistan", "afghanistan",
  "united states", "america", "amérique", "états-unis", "canada", "mexico", "mexique", "brazil", "brésil",
  "britain", "great britain", "united kingdom", "royaume-uni", "england", "angleterre", "germany", "allemagne",
  "italy", "italie", "spain", "espagne", "portugal", "belgium", "belgique", "netherlands", "pays-bas",
  "switzerland", "suisse", "sweden", "suède", "ukraine", "poland", "pologne", "greece", "grèce", "europe",
  "africa", "afrique", "asia", "asie", "middle east", "moyen-orient", "north africa", "afrique du nord",
  "sahel", "mali", "niger", "senegal", "sénégal", "nigeria", "ethiopia", "éthiopie", "kenya", "south africa",
  "paris", "rabat", "casablanca", "marrakech", "tangier", "tanger", "algiers", "alger", "cairo", "le caire",
  "riyadh", "riyad", "dubai", "dubaï", "doha", "beirut", "beyrouth", "damascus", "damas", "baghdad", "bagdad",
  "london", "londres", "berlin", "madrid", "rome", "brussels", "bruxelles", "geneva", "genève", "washington",
  "new york", "moscow", "moscou", "beijing", "pékin", "tehran", "téhéran", "ankara", "istanbul", "kyiv", "kiev",
  "marseille", "lyon", "nice", "toulouse", "lille", "bordeaux", "nantes", "strasbourg", "texas", "california",
  "florida", "ohio", "iowa", "new hampshire", "pennsylvania", "michigan", "chicago", "los angeles", "vietnam",
  "korea", "north korea", "south korea", "cuba", "venezuela", "bosnia", "kosovo", "somalia", "libya", "haiti",
];

export const PLACES: Record<ClaimLanguage, readonly string[]> = {
  ar: ARABIC_PLACES,
  en: LATIN_PLACES,
  fr: LATIN_PLACES,
};

/** Nationality adjectives say where a fact happened or who did it («الفرنسية», "Moroccan"); they count as places. */
export const NATIONALITIES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "المغربي", "المغربية", "المغاربة", "الفرنسي", "الفرنسية", "الفرنسيين", "فرنسيين", "فرنسية", "الجزائري",
    "الجزائرية", "التونسي", "التونسية", "المصري", "المصرية", "السعودي", "السعودية", "الأمريكي", "الأمريكية",
    "الروسي", "الروسية", "الصيني", "الصينية", "البريطاني", "البريطانية", "الألماني", "الألمانية", "الإسرائيلي",
    "الإسرائيلية", "الإيراني", "الإيرانية", "التركي", "التركية", "الأوروبي", "الأوروبية", "مغربية", "مغربي",
    "الإماراتي", "الإماراتية", "القطري", "القطرية", "العراقي", "العراقية", "السوري", "السورية", "اللبناني",
    "اللبنانية", "الأردني", "الأردنية", "الفلسطيني", "الفلسطينية", "الكويتي", "الكويتية", "الهندي", "الإيطالي",
  ],
  en: [
    "moroccan", "french", "algerian", "egyptian", "saudi", "american", "russian", "chinese", "british", "german",
    "israeli", "iranian", "turkish", "european", "iraqi", "syrian", "mexican", "japanese", "indian", "african",
    "soviet", "cuban", "korean", "palestinian", "ukrainian", "canadian", "italian", "spanish",
  ],
  fr: [
    "marocain", "marocaine", "marocains", "français", "française", "françaises", "algérien", "algérienne",
    "égyptien", "saoudien", "américain", "américaine", "russe", "chinois", "chinoise", "britannique",
    "allemand", "allemande", "israélien", "iranien", "turc", "européen", "européenne", "tunisien", "tunisienne",
  ],
};
