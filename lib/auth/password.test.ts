import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("كلمة-سر-طويلة");
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword("كلمة-سر-طويلة", hash)).toBe(true);
    expect(await verifyPassword("كلمة-سر-طويلةx", hash)).toBe(false);
  });

  it("salts every hash and rejects malformed stored values", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
