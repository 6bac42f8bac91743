import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildZip } from "./test-support/docx";
import { assertZipWithinLimits } from "./zip-guard";

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("assertZipWithinLimits", () => {
  it("accepts an archive that unpacks within the budget", () => {
    expect(() => assertZipWithinLimits(buildZip([{ name: "a.xml", data: "x".repeat(1000) }]), "a.docx", 2000)).not.toThrow();
  });

  it("counts the bytes it actually inflates, not the sizes the archive declares", () => {
    const zip = buildZip([{ name: "a.xml", data: "x".repeat(100_000) }]);
    // Lie in both headers: claim the entry unpacks to 10 bytes.
    const view = new DataView(zip.buffer);
    view.setUint32(22, 10, true);
    const central = zip.length - 22 - 46 - "a.xml".length;
    view.setUint32(central + 24, 10, true);
    expect(thrown(() => assertZipWithinLimits(zip, "a.docx", 50_000)).params.reason).toBe("UNPACKED_TOO_LARGE");
  });

  it("sums entries against one budget", () => {
    const zip = buildZip([
      { name: "a.xml", data: "x".repeat(30_000) },
      { name: "b.xml", data: "y".repeat(30_000), store: true },
    ]);
    expect(thrown(() => assertZipWithinLimits(zip, "a.docx", 50_000)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses bytes that are not a ZIP", () => {
    expect(thrown(() => assertZipWithinLimits(new TextEncoder().encode("hello"), "a.docx", 1000)).params.reason).toBe("INVALID_DOCX");
  });
});
