/** The claim reference and version every workspace form sends with its change (optimistic concurrency). */
export interface VersionedRef {
  articleId: string;
  claimId: string;
  version: number;
}

/** What a server value looks like after crossing to a client component as JSON: dates become ISO strings. */
export type Serialized<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;

export function serialize<T>(value: T): Serialized<T> {
  return JSON.parse(JSON.stringify(value)) as Serialized<T>;
}
