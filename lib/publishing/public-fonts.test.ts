import { describe, expect, it } from "vitest";
import { PUBLIC_REPORT_FONT_CSS, REPORT_FONT_FILES } from "./public-fonts";

describe("the public font list", () => {
  it("serves only the listed woff2 files", () => {
    expect(Object.keys(REPORT_FONT_FILES)).toHaveLength(5);
    for (const [file, pkg] of Object.entries(REPORT_FONT_FILES)) {
      expect(file).toMatch(/^[a-z0-9-]+\.woff2$/);
      expect(["noto-naskh-arabic", "inter"]).toContain(pkg);
      expect(PUBLIC_REPORT_FONT_CSS).toContain(`url(/fonts/${file})`);
    }
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "../../package.json", "inter-latin-400-normal.woff2/.."])(
    "knows nothing called %s",
    (name) => {
      expect(REPORT_FONT_FILES[name]).toBeUndefined();
    },
  );
});
