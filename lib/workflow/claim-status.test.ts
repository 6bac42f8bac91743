import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { assertEditable, assertTransition, CLAIM_STATUSES, canTransition, CLAIM_TRANSITIONS } from "./claim-status";

// Written out by hand from issue 4, independently of the table, so a change to the table has to change this list too.
const ALLOWED: Array<[ClaimStatus, ClaimStatus]> = [
  ["NEW", "IN_RESEARCH"],
  ["NEW", "DISMISSED"],
  ["IN_RESEARCH", "IN_REVIEW"],
  ["IN_RESEARCH", "DISMISSED"],
  ["IN_REVIEW", "APPROVED"],
  ["IN_REVIEW", "CHANGES_REQUESTED"],
  ["CHANGES_REQUESTED", "IN_RESEARCH"],
  ["CHANGES_REQUESTED", "IN_REVIEW"],
  ["CHANGES_REQUESTED", "DISMISSED"],
  ["APPROVED", "PUBLISHED"],
  ["DISMISSED", "NEW"],
  ["DISMISSED", "IN_RESEARCH"],
  ["DISMISSED", "CHANGES_REQUESTED"],
  ["PUBLISHED", "IN_RESEARCH"],
];

function isAllowed(from: ClaimStatus, to: ClaimStatus) {
  return ALLOWED.some(([f, t]) => f === from && t === to);
}

describe("claim state machine", () => {
  it("covers every status in the schema", () => {
    expect(new Set(CLAIM_STATUSES)).toEqual(
      new Set(["NEW", "IN_RESEARCH", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DISMISSED", "PUBLISHED"]),
    );
  });

  it.each(ALLOWED)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it("refuses every other pair, with INVALID_TRANSITION and a plain message", () => {
    for (const from of CLAIM_STATUSES) {
      for (const to of CLAIM_STATUSES) {
        if (isAllowed(from, to)) continue;
        expect(canTransition(from, to), `${from} → ${to}`).toBe(false);
        try {
          assertTransition(from, to);
          expect.unreachable(`${from} → ${to} should be refused`);
        } catch (error) {
          expect(isAppError(error) && error.code).toBe("INVALID_TRANSITION");
          expect((error as Error).message).toBe(`Cannot move a claim from ${from} to ${to}.`);
        }
      }
    }
  });

  it.each<[ClaimStatus, ClaimStatus]>([
    ["NEW", "APPROVED"],
    ["NEW", "IN_REVIEW"],
    ["IN_REVIEW", "DISMISSED"],
    ["APPROVED", "DISMISSED"],
    ["IN_RESEARCH", "PUBLISHED"],
    ["PUBLISHED", "NEW"],
    ["APPROVED", "IN_RESEARCH"],
  ])("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("has no self-loops, so a no-op never counts as a transition", () => {
    for (const status of CLAIM_STATUSES) expect(CLAIM_TRANSITIONS[status]).not.toContain(status);
  });

  it("lets only NEW, IN_RESEARCH and CHANGES_REQUESTED claims be edited", () => {
    const editable = CLAIM_STATUSES.filter((status) => {
      try {
        assertEditable(status, "edit");
        return true;
      } catch (error) {
        expect(isAppError(error) && error.code).toBe("INVALID_TRANSITION");
        return false;
      }
    });
    expect(editable.sort()).toEqual(["CHANGES_REQUESTED", "IN_RESEARCH", "NEW"]);
  });
});
