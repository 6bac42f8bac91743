import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/queue?status=NEW&assignee=me")).toBe("/queue?status=NEW&assignee=me");
    expect(safeCallbackPath("/articles/0b7f/claims/1a2b#sources")).toBe("/articles/0b7f/claims/1a2b#sources");
    expect(safeCallbackPath(["/reports", "https://evil.example"])).toBe("/reports");
  });

  it.each([
    ["absolute URL", "https://evil.example/phish"],
    ["protocol-relative", "//evil.example"],
    ["backslash, which browsers read as a slash", "/\\evil.example"],
    ["backslash pair", "\\\\evil.example"],
    ["tab that browsers strip", "/\t/evil.example"],
    ["newline that browsers strip", "/\n/evil.example"],
    ["javascript: URL", "javascript:alert(document.cookie)"],
    ["relative path without a leading slash", "evil.example"],
    ["empty", ""],
    ["missing", undefined],
  ])("refuses %s", (_label, value) => {
    expect(safeCallbackPath(value)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("does not send the user back to the sign-in page or an API endpoint", () => {
    expect(safeCallbackPath("/signin?callbackUrl=/queue")).toBe(DEFAULT_CALLBACK_PATH);
    expect(safeCallbackPath("/api/auth/signout")).toBe(DEFAULT_CALLBACK_PATH);
  });

  it("returns the normalised path, so a later parser cannot read it differently", () => {
    expect(safeCallbackPath("/articles/../queue")).toBe("/queue");
    expect(safeCallbackPath("/queue?q=a b")).toBe("/queue?q=a%20b");
  });
});
