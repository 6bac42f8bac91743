import { scanClaimCharacters, type ClaimCharacters } from "./claim-characters";
import { findCues, type CueMatch } from "./cues";
import { detectLanguage } from "./detect-language";
import { findEntities, indexCuesByToken } from "./entities/find-entities";
import { ExtractionInputError } from "./errors";
import { normalizeClaim } from "./normalize-claim";
import { prepareInput } from "./prepare-input";
import { classifyClaim } from "./scoring/classify-type";
import { computeFeatureSet } from "./scoring/compute-features";
import type { FeatureVector } from "./scoring/feature-names";
import type { FeatureSet } from "./scoring/feature-set";
import { CHECK_WORTHINESS_MODEL, CHECK_WORTHY_THRESHOLD, scoreFeatureSet } from "./scoring/score-claim";
import { segmentSentences } from "./segment-sentences";
import { trimSpan } from "./spans";
import { splitClauses } from "./split-clauses";
import { countWords, tokenize, type Token } from "./tokenize";
import type { ClaimEntity, ClaimLanguage, ExtractedClaim, ExtractionResult, ExtractOptions, ScoreReason } from "./types";

/** A clause with fewer words is a caption or a fragment, not a claim («صور», "Advertisement"). */
export const MIN_CLAIM_WORDS = 3;

const LANGUAGES: readonly ClaimLanguage[] = ["ar", "fr", "en"];

/**
 * Article text → claims. The pipeline: prepare the text (offsets preserved), detect the language, split sentences,
 * split sentences into atomic clauses, then for each clause find cues and entities, score, type and normalise it.
 */
export function extractClaims(body: string, options: ExtractOptions = {}): ExtractionResult {
  const text = prepareInput(body);
  const language = resolveLanguage(text, options.language);
  const claims: ExtractedClaim[] = [];
  const sentences = segmentSentences(text, language);
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const cues = findCues(tokens, language);
    for (const clause of splitClauses(text, sentence, tokens, cues)) {
      const span = trimSpan(text, clause.start, clause.end);
      // Most sentences are one clause: its tokens and cues are then the sentence's own, with no copy to make.
      const wholeSentence = clause.firstToken === 0 && clause.endToken === tokens.length;
      const clauseTokens = wholeSentence ? tokens : tokens.slice(clause.firstToken, clause.endToken);
      if (span.end <= span.start || countWords(clauseTokens) < MIN_CLAIM_WORDS) continue;
      const clauseCues = wholeSentence ? cues : cuesWithin(cues, clause.firstToken, clause.endToken);
      claims.push(buildClaim(body, text, span.start, span.end, sentenceIndex, clauseTokens, clauseCues, language));
    }
  }
  return { language, direction: language === "ar" ? "RTL" : "LTR", claims };
}

function resolveLanguage(text: string, requested: unknown): ClaimLanguage {
  if (requested === undefined) return detectLanguage(text);
  if (typeof requested === "string" && (LANGUAGES as readonly string[]).includes(requested)) return requested as ClaimLanguage;
  throw new ExtractionInputError("UNKNOWN_LANGUAGE", `Unknown language "${String(requested)}": use one of ${LANGUAGES.join(", ")}.`);
}

/** Cues of the sentence that lie wholly inside a clause, re-indexed to the clause's own tokens. */
function cuesWithin(cues: readonly CueMatch[], firstToken: number, endToken: number): CueMatch[] {
  const inside: CueMatch[] = [];
  for (const cue of cues) {
    if (cue.first < firstToken || cue.last >= endToken) continue;
    const moved: CueMatch = { kind: cue.kind, first: cue.first - firstToken, last: cue.last - firstToken, prefixLetters: cue.prefixLetters };
    if (cue.value !== undefined) moved.value = cue.value;
    inside.push(moved);
  }
  return inside;
}

interface ScoredStatement {
  score: number;
  reasons: ScoreReason[];
  features: FeatureSet;
  entities: ClaimEntity[];
}

function scoreStatementParts(
  body: string,
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  cues: readonly CueMatch[],
  language: ClaimLanguage,
  characters: ClaimCharacters,
): ScoredStatement {
  const found = findEntities(text, tokens, indexCuesByToken(cues, tokens.length), language);
  const features = computeFeatureSet({ text, start, end, tokens, cues, entities: found, language, characters });
  const { score, reasons } = scoreFeatureSet(features, CHECK_WORTHINESS_MODEL);
  // Entity text comes from the original article, so slice(start, end) === text even around blanked-out markup.
  const entities = found.map(({ kind, start: from, end: to, value }) =>
    value === undefined ? { kind, text: body.slice(from, to), start: from, end: to } : { kind, text: body.slice(from, to), start: from, end: to, value },
  );
  return { score, reasons, features, entities };
}

function buildClaim(
  body: string,
  text: string,
  start: number,
  end: number,
  sentenceIndex: number,
  tokens: readonly Token[],
  cues: readonly CueMatch[],
  language: ClaimLanguage,
): ExtractedClaim {
  // The claim's characters are read once, for the features and the normalised text alike.
  const characters = scanClaimCharacters(text, start, end);
  const { score, reasons, features, entities } = scoreStatementParts(body, text, start, end, tokens, cues, language, characters);
  return {
    text: body.slice(start, end),
    start,
    end,
    sentenceIndex,
    normalizedText: normalizeClaim(text, start, end, tokens, cues, language, characters),
    score,
    type: classifyClaim(features),
    entities,
    reasons,
    checkWorthy: score >= CHECK_WORTHY_THRESHOLD,
  };
}

/**
 * Scores a whole text as ONE statement, without splitting it — what the evaluation does with a tweet or a debate
 * sentence, which are labelled as single units. Same features and model as extractClaims.
 */
export function scoreStatement(statement: string, language: ClaimLanguage): { score: number; reasons: ScoreReason[]; features: FeatureVector } {
  const text = prepareInput(statement);
  const tokens = tokenize(text);
  const cues = findCues(tokens, language);
  const characters = scanClaimCharacters(text, 0, text.length);
  const { score, reasons, features } = scoreStatementParts(statement, text, 0, text.length, tokens, cues, language, characters);
  return { score, reasons, features: features.toVector() };
}
