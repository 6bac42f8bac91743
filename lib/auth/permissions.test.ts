import { describe, expect, it } from "vitest";
import { ACTIONS, ROLES, assertCan, can, type Action, type RoleName } from "./permissions";

// The expected matrix, written out independently of the implementation so that any change to who may do what
// has to be made twice, on purpose.
const EXPECTED: Record<Action, RoleName[]> = {
  "article.read": ["EDITOR", "REVIEWER", "ADMIN"],
  "article.import": ["EDITOR", "REVIEWER", "ADMIN"],
  "article.reextract": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.read": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.edit": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.dismiss": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.take": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.assign": ["REVIEWER", "ADMIN"],
  "claim.plan": ["REVIEWER", "ADMIN"],
  "source.manage": ["EDITOR", "REVIEWER", "ADMIN"],
  "verdict.propose": ["EDITOR", "REVIEWER", "ADMIN"],
  "verdict.review": ["REVIEWER", "ADMIN"],
  "comment.create": ["EDITOR", "REVIEWER", "ADMIN"],
  "report.export": ["EDITOR", "REVIEWER", "ADMIN"],
  "report.publish": ["REVIEWER", "ADMIN"],
  "report.correct": ["REVIEWER", "ADMIN"],
  "user.manage": ["ADMIN"],
  "importHost.manage": ["ADMIN"],
};

describe("permission map", () => {
  it("covers every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
        if (allowed) expect(() => assertCan({ id: "u", role }, action)).not.toThrow();
        else expect(() => assertCan({ id: "u", role }, action)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    }
  }

  it("denies unknown roles, unknown actions and anonymous callers", () => {
    expect(can("SUPERUSER", "article.read")).toBe(false);
    expect(can(undefined, "article.read")).toBe(false);
    expect(can("ADMIN", "article.delete")).toBe(false);
    expect(can("ADMIN", "toString")).toBe(false);
    expect(() => assertCan(null, "article.read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});
