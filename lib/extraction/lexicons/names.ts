import type { ClaimLanguage } from "../types";

/**
 * Vocabulary for finding people and organisations without a model: titles that introduce a person, head nouns that
 * start an organisation's name, given names, and a few public figures news copy names by surname alone.
 */

/** Titles and positions. A title followed by a name marks a PERSON; a title alone still raises the score. */
export const TITLES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "الرئيس", "رئيس", "رئيسة", "الوزير", "وزير", "وزيرة", "الوزيرة", "المدير", "مدير", "المديرة", "مديرة",
    "المدير العام", "الملك", "ملك", "الأمير", "أمير", "الشيخ", "الدكتور", "د", "السفير", "سفير", "الناطق",
    "المتحدث", "الأمين العام", "نائب", "النائب", "عضو", "قائد", "القائد", "محافظ", "المحافظ", "عمدة", "والي",
    "الوالي", "العاهل", "ولي العهد", "الجنرال", "اللواء", "العقيد", "القاضي", "المستشار", "البروفيسور",
    "الأستاذ", "نظيره", "نظيرته", "زعيم", "الزعيم", "المرشح", "رئيس الوزراء", "رئيس الحكومة", "المفوض",
    "السيد", "السيدة", "الإمام", "البابا", "المقرر", "الخبير",
  ],
  en: [
    "president", "minister", "prime minister", "secretary", "senator", "sen", "governor", "gov", "director",
    "ceo", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "mayor", "king",
    "queen", "prince", "general", "gen", "dr", "mr", "mrs", "ms", "judge", "justice", "ambassador",
    "congressman", "congresswoman", "representative", "rep", "chancellor", "commissioner", "sheikh", "pope",
    "vice president", "leader", "chief", "professor", "prof", "lieutenant", "colonel", "admiral", "candidate",
  ],
  fr: [
    "président", "présidente", "ministre", "premier ministre", "secrétaire", "sénateur", "sénatrice", "préfet",
    "directeur", "directrice", "pdg", "porte-parole", "maire", "roi", "reine", "prince", "général", "dr",
    "m", "mme", "mlle", "juge", "ambassadeur", "ambassadrice", "député", "députée", "chancelier", "commissaire",
    "pape", "chef", "professeur", "colonel", "candidat", "candidate", "procureur", "procureure",
  ],
};

/** Head nouns of organisation names: «وزارة الداخلية», "Ministry of Health", "ministère de l'Intérieur". */
export const ORGANIZATION_HEADS: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "وزارة", "منظمة", "مديرية", "المديرية", "إذاعة", "جامعة", "شركة", "حزب", "مجلس", "هيئة", "الهيئة", "وكالة",
    "صحيفة", "قناة", "بنك", "البنك", "مؤسسة", "جمعية", "الحكومة", "حكومة", "البرلمان", "الشرطة", "الجيش",
    "الأمم المتحدة", "الاتحاد الأوروبي", "الاتحاد الأفريقي", "الحماية المدنية", "الأمن الوطني", "المحكمة",
    "محكمة", "مجموعة", "مختبر", "مستشفى", "معهد", "مركز", "اللجنة", "لجنة", "الصحة العالمية", "الكونغرس",
    "البيت الأبيض", "الإليزيه", "المخابرات", "الاستخبارات", "الدرك", "النيابة", "الديوان", "البرلمان الأوروبي",
    "حلف", "الناتو", "صندوق", "اليونسكو", "اليونيسف", "الإنتربول", "فايزر", "أسترازينيكا", "موديرنا",
  ],
  en: [
    "ministry", "department", "university", "party", "council", "agency", "bank", "commission", "company",
    "inc", "corp", "corporation", "ltd", "committee", "association", "organization", "organisation", "union",
    "court", "police", "army", "parliament", "congress", "senate", "house", "administration", "government",
    "institute", "foundation", "fund", "authority", "office", "bureau", "board", "nations", "nato", "fbi",
    "cia", "who", "un", "eu", "imf", "irs", "pentagon", "reuters", "times", "post", "network", "group",
  ],
  fr: [
    "ministère", "université", "parti", "conseil", "agence", "banque", "commission", "société", "comité",
    "association", "organisation", "union", "tribunal", "cour", "police", "gendarmerie", "armée", "assemblée",
    "sénat", "gouvernement", "institut", "fondation", "fonds", "office", "direction", "préfecture", "mairie",
    "onu", "ue", "otan", "insee", "élysée", "matignon", "radio", "journal", "groupe", "syndicat",
  ],
};

/** Given names: a given name followed by another word is very likely a person. */
export const GIVEN_NAMES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "محمد", "أحمد", "علي", "حسن", "حسين", "عمر", "خالد", "يوسف", "إبراهيم", "مصطفى", "سعيد", "عبدالله", "فاطمة",
    "مريم", "عائشة", "خديجة", "سلمان", "فهد", "سعد", "طارق", "كريم", "رشيد", "نبيل", "جمال", "ناصر", "حمد",
    "إيمانويل", "جو", "دونالد", "فلاديمير", "برونو", "جان", "ماري", "بيير", "ميشال", "نيكولا", "فرانسوا",
  ],
  en: [
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "mary",
    "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "hillary", "donald", "joe", "barack",
    "george", "ronald", "bill", "jimmy", "al", "mitt", "kamala", "mike", "bernie", "ted", "marco", "emmanuel",
  ],
  fr: [
    "jean", "marie", "pierre", "michel", "nicolas", "françois", "emmanuel", "jacques", "philippe", "alain",
    "bruno", "gérald", "marine", "ségolène", "anne", "catherine", "isabelle", "sophie", "élisabeth", "édouard",
  ],
};

/** Public figures often named by one word in news copy. */
export const KNOWN_PEOPLE: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "ترامب", "ترمب", "بايدن", "بوتين", "ماكرون", "أوباما", "أردوغان", "نتنياهو", "ميركل", "شي جين بينغ",
    "غوتيريش", "تبون", "السيسي", "الحموشي", "بلينكن", "زيلينسكي", "جونسون", "ساركوزي", "هولاند", "لفتيت",
  ],
  en: ["trump", "biden", "obama", "clinton", "bush", "reagan", "putin", "macron", "romney", "mccain", "sanders"],
  fr: ["macron", "sarkozy", "hollande", "chirac", "mitterrand", "le pen", "mélenchon", "darmanin", "retailleau"],
};
