/**
 * Thrown when the article text cannot be turned into claims (empty, binary, too long, not a string, unknown language
 * asked for). The message is written for the person who supplied the text, so the app can show it as is.
 */
export class ExtractionInputError extends Error {
  /** Stable machine-readable reason, for callers that translate the message. */
  readonly reason: "NOT_TEXT" | "EMPTY" | "BINARY" | "TOO_LONG" | "UNKNOWN_LANGUAGE";

  constructor(reason: ExtractionInputError["reason"], message: string) {
    super(message);
    this.name = "ExtractionInputError";
    this.reason = reason;
  }
}
