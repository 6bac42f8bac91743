import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text";

describe("markdownToText", () => {
  it("takes a setext heading as title and drops its underline", () => {
    expect(markdownToText("Budget doubled\n==============\n\nOfficials said so.")).toEqual({
      title: "Budget doubled",
      text: "\nOfficials said so.",
    });
  });

  it("keeps a first heading that is not at the top where the author put it", () => {
    expect(markdownToText("Lead paragraph.\n\n## Details\n\nMore.")).toEqual({ title: "Details", text: "Lead paragraph.\n\nDetails\n\nMore." });
  });

  it("drops front matter, reference definitions and thematic breaks", () => {
    const markdown = "---\nlayout: post\n---\nSee [the data][src].\n\n***\n\n[src]: https://example.com/data";
    expect(markdownToText(markdown).text).toBe("See the data.\n\n");
  });

  it("keeps escaped characters and code literally", () => {
    expect(markdownToText("Use \\*stars\\* and `a_b_c` and `*x*`.").text).toBe("Use *stars* and a_b_c and *x*.");
  });

  it("leaves prose that only looks like markup alone", () => {
    const prose = "Prices rose 2 * 3 times in snake_case_names, from 5 - 10 dollars.";
    expect(markdownToText(prose).text).toBe(prose);
  });

  it("strips emphasis around Arabic words", () => {
    expect(markdownToText("قال **الوزير** إن _البطالة_ ~~ارتفعت~~ انخفضت").text).toBe("قال الوزير إن البطالة ارتفعت انخفضت");
  });
});
