import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffText, diffVerdictRevisions, type VerdictRevisionSnapshot } from "./verdict-diff";

const spell = (parts: ReturnType<typeof diffText>, keep: "removed" | "added") =>
  parts.filter((p) => p.kind === "same" || p.kind === keep).map((p) => p.text).join("");

const sourceA = { id: "a", title: "وكالة المغرب العربي", url: "https://www.mapnews.ma/a" };
const sourceB = { id: "b", title: "Europe 1", url: "https://www.europe1.fr/b" };
const sourceC = { id: "c", title: "Le Monde", url: "https://www.lemonde.fr/c" };

function revision(overrides: Partial<VerdictRevisionSnapshot>): VerdictRevisionSnapshot {
  return { revision: 1, rating: "MOSTLY_TRUE", rationale: "التدريب جرى فعلاً.", sources: [sourceA], ...overrides };
}

describe("diffVerdictRevisions", () => {
  it("reports a changed rating, rationale words, and sources added and removed", () => {
    const diff = diffVerdictRevisions(
      revision({ rationale: "شارك 12 فرداً في التدريب حسب المصادر." }),
      revision({ revision: 2, rating: "MISLEADING", rationale: "شارك 10 أفراد في التدريب حسب المصادر الفرنسية.", sources: [sourceB, sourceC] }),
    );
    expect(diff).toMatchObject({ from: 1, to: 2, rating: { from: "MOSTLY_TRUE", to: "MISLEADING" }, correctionNote: null });
    expect(diff.sources).toEqual({ added: [sourceB, sourceC], removed: [sourceA] });
    expect(diff.rationale.changed).toBe(true);
    expect(diff.rationale.parts).toEqual([
      { kind: "same", text: "شارك " },
      { kind: "removed", text: "12 فرداً" },
      { kind: "added", text: "10 أفراد" },
      { kind: "same", text: " في التدريب حسب " },
      { kind: "removed", text: "المصادر." },
      { kind: "added", text: "المصادر الفرنسية." },
    ]);
  });

  it("reports nothing when nothing changed", () => {
    const diff = diffVerdictRevisions(revision({}), revision({ revision: 2 }));
    expect(diff.rating).toBeNull();
    expect(diff.rationale).toEqual({ changed: false, parts: [{ kind: "same", text: "التدريب جرى فعلاً." }] });
    expect(diff.sources).toEqual({ added: [], removed: [] });
  });

  it("does not claim the sources are unchanged when a revision has no recorded list", () => {
    expect(diffVerdictRevisions(revision({ sources: null }), revision({ revision: 2 })).sources).toBeNull();
  });

  it("reports a new correction note", () => {
    const diff = diffVerdictRevisions(revision({}), revision({ revision: 2, correctionNote: "صُحّح العدد" }));
    expect(diff.correctionNote).toEqual({ from: null, to: "صُحّح العدد" });
  });
});

describe("diffText", () => {
  it("spells both texts back exactly, for any pair (property)", () => {
    const text = fc.array(fc.constantFrom("أ", "ب", "word", " ", "\n", "12", "،"), { maxLength: 40 }).map((t) => t.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        return spell(parts, "removed") === a && spell(parts, "added") === b && parts.every((p) => p.text !== "");
      }),
    );
  });

  it("falls back to lines for very long rationales and still spells both texts", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
    const parts = diffText(a, b);
    expect(spell(parts, "removed")).toBe(a);
    expect(spell(parts, "added")).toBe(b);
  });
});
