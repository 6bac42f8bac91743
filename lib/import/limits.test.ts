import { describe, expect, it } from "vitest";
import { DEFAULT_TIMEOUT_MS, formatBytes, formatSeconds } from "./limits";

describe("limit wording shown to users", () => {
  it("says seconds the way the desk reads them", () => {
    expect(`did not answer within ${formatSeconds(DEFAULT_TIMEOUT_MS)}`).toBe("did not answer within 10 s");
    expect(formatSeconds(300)).toBe("0.3 s");
    expect(formatSeconds(2500)).toBe("2.5 s");
  });

  it("says sizes in MB or KB", () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(1536 * 1024)).toBe("1.5 MB");
    expect(formatBytes(64 * 1024)).toBe("64 KB");
  });
});
