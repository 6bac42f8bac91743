import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/claims/[operation]/route";
import { db } from "@/lib/db";
import { createArticle, createClaim, createUser, type TestUser } from "../helpers/workflow-fixtures";

// The JSON API authenticates with the next-auth cookie, which a browser attaches by itself; here the decoded session.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth/session-token", () => ({ sessionUserId: async () => session.current?.user.id }));

const TEXT = "وظل الحموشي حريصاً على تقاسم المعلومات الحساسة مع الجانب الفرنسي";
let editor: TestUser;

beforeEach(async () => {
  editor = await createUser();
  session.current = { user: { id: editor.id } };
});

async function commentRequest(headers: Record<string, string>) {
  const claim = await createClaim(await createArticle(), TEXT);
  const body = JSON.stringify({ articleId: claim.articleId, claimId: claim.id, version: claim.version, body: "planted comment" });
  const request = new Request("http://sanad.example/api/claims/addComment", { method: "POST", headers: { host: "sanad.example", ...headers }, body });
  const response = await POST(request, { params: Promise.resolve({ operation: "addComment" }) });
  return { response, comments: await db.comment.count({ where: { claimId: claim.id } }) };
}

describe("POST /api/claims/:operation refuses cross-site requests that carry the user's cookie", () => {
  it("runs a same-origin JSON request", async () => {
    const { response, comments } = await commentRequest({ "content-type": "application/json", origin: "http://sanad.example" });
    expect(response.status).toBe(200);
    expect(comments).toBe(1);
  });

  it("refuses a JSON-shaped text/plain body, which a cross-site HTML form can send, and writes nothing", async () => {
    const { response, comments } = await commentRequest({ "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(comments).toBe(0);
  });

  it("refuses a JSON request from another origin, a sibling subdomain included, and writes nothing", async () => {
    for (const origin of ["https://evil.example", "http://blog.sanad.example"]) {
      const { response, comments } = await commentRequest({ "content-type": "application/json", origin });
      expect(response.status).toBe(403);
      expect(comments).toBe(0);
    }
  });

  it("still refuses anyone not signed in, or deactivated", async () => {
    session.current = null;
    expect((await commentRequest({ "content-type": "application/json" })).response.status).toBe(401);
    session.current = { user: { id: editor.id } };
    await db.user.update({ where: { id: editor.id }, data: { active: false } });
    const { response, comments } = await commentRequest({ "content-type": "application/json" });
    expect(response.status).toBe(401);
    expect(comments).toBe(0);
  });
});
