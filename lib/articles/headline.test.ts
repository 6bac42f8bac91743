import { describe, expect, it } from "vitest";
import { splitLeadingHeadline } from "./headline";

describe("splitLeadingHeadline", () => {
  it("takes a short first line followed by a blank line as the headline", () => {
    expect(splitLeadingHeadline("City council approves new tram line\n\nThe council voted 31 to 12.\nMore.")).toEqual({
      title: "City council approves new tram line",
      body: "The council voted 31 to 12.\nMore.",
    });
    expect(splitLeadingHeadline("تعاون يومي وتدريب مشترك.. باريس والرباط\n\nعلى الرغم من التوترات.").title).toBe("تعاون يومي وتدريب مشترك.. باريس والرباط");
  });

  it("leaves text alone when the first line is a sentence or no blank line follows", () => {
    const sentence = "The council voted 31 to 12 on Tuesday.\n\nMore text.";
    expect(splitLeadingHeadline(sentence)).toEqual({ body: sentence });
    const noBreak = "Headline\nBody starts at once.";
    expect(splitLeadingHeadline(noBreak)).toEqual({ body: noBreak });
    expect(splitLeadingHeadline("Only one line")).toEqual({ body: "Only one line" });
  });
});
