import { describe, expect, it } from "vitest";
import { reextractArticle } from "@/lib/articles/reextract-article";
import { publishReport } from "@/lib/publishing/publish-report";
import { newUser } from "../helpers/factories";

// Ids arrive from the browser as strings (server action arguments). A malformed one is an unknown article — a plain
// NOT_FOUND the user can read — not a database error logged as unexpected.
describe("operations given an id that is not a uuid", () => {
  it.each(["not-a-uuid", "", "'; DROP TABLE \"Article\"; --"])("publishReport and reextractArticle say NOT_FOUND for %j", async (id) => {
    const reviewer = await newUser("REVIEWER");
    await expect(publishReport(reviewer, { articleId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reextractArticle(reviewer, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
