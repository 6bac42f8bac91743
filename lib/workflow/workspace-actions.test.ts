import { describe, expect, it } from "vitest";
import { workspaceActions } from "./workspace-actions";

const editor = { id: "e", role: "EDITOR" };
const reviewer = { id: "r", role: "REVIEWER" };
const admin = { id: "a", role: "ADMIN" };

describe("workspaceActions", () => {
  it("offers editing, sources and a proposal only before review", () => {
    const open = workspaceActions(editor, { status: "IN_RESEARCH", assigneeId: "e" }, null);
    expect(open).toMatchObject({ edit: true, manageSources: true, proposeVerdict: true, dismiss: true, reviewVerdict: false });
    const inReview = workspaceActions(editor, { status: "IN_REVIEW", assigneeId: "e" }, { authorId: "e" });
    expect(inReview).toMatchObject({ edit: false, manageSources: false, proposeVerdict: false, dismiss: false });
  });

  it("hides review from the revision's author (admins too) and says why", () => {
    for (const actor of [reviewer, admin]) {
      const own = workspaceActions(actor, { status: "IN_REVIEW", assigneeId: null }, { authorId: actor.id });
      expect(own).toMatchObject({ reviewVerdict: false, reviewBlockedAsAuthor: true });
      const other = workspaceActions(actor, { status: "IN_REVIEW", assigneeId: null }, { authorId: "someone" });
      expect(other).toMatchObject({ reviewVerdict: true, reviewBlockedAsAuthor: false });
    }
  });

  it("never offers review to an editor", () => {
    expect(workspaceActions(editor, { status: "IN_REVIEW", assigneeId: null }, { authorId: "x" })).toMatchObject({
      reviewVerdict: false,
      reviewBlockedAsAuthor: false,
    });
  });

  it("offers take only for an unassigned open claim, and unassign to the assignee or a reviewer", () => {
    expect(workspaceActions(editor, { status: "NEW", assigneeId: null }, null).take).toBe(true);
    expect(workspaceActions(editor, { status: "NEW", assigneeId: "x" }, null)).toMatchObject({ take: false, unassign: false });
    expect(workspaceActions(editor, { status: "NEW", assigneeId: "e" }, null).unassign).toBe(true);
    expect(workspaceActions(reviewer, { status: "NEW", assigneeId: "x" }, null).unassign).toBe(true);
  });

  it("offers restore for a dismissed claim and reopening for a published one (report.correct)", () => {
    expect(workspaceActions(editor, { status: "DISMISSED", assigneeId: null }, null)).toMatchObject({ restore: true, edit: false });
    expect(workspaceActions(editor, { status: "PUBLISHED", assigneeId: null }, null).reopenForCorrection).toBe(false);
    expect(workspaceActions(reviewer, { status: "PUBLISHED", assigneeId: null }, null).reopenForCorrection).toBe(true);
  });
});
