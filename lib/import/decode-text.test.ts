import { describe, expect, it } from "vitest";
import { charsetFromContentType, charsetFromHtmlMeta, decodeWebText } from "./decode-text";
import { encodeWindows1256 } from "./test-support/windows-1256";

const ascii = (text: string) => new TextEncoder().encode(text);

describe("decodeWebText", () => {
  it("lets a BOM outrank the declared charset", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("خبر")]);
    expect(decodeWebText(bytes, { headerCharset: "windows-1256", isHtml: true })).toEqual({ text: "خبر", charset: "utf-8" });
  });

  it("uses the header charset before the meta charset", () => {
    const bytes = encodeWindows1256('<meta charset="utf-8"><p>خبر</p>');
    expect(decodeWebText(bytes, { headerCharset: "windows-1256", isHtml: true }).text).toContain("خبر");
  });

  it("falls back to UTF-8, then windows-1252, when nothing usable is declared", () => {
    expect(decodeWebText(new TextEncoder().encode("café"), { headerCharset: "no-such-charset", isHtml: false }).charset).toBe("utf-8");
    expect(decodeWebText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { isHtml: false })).toEqual({ text: "café", charset: "windows-1252" });
  });

  it("does not read a meta charset from plain text", () => {
    expect(decodeWebText(ascii('<meta charset="windows-1256">'), { isHtml: false }).charset).toBe("utf-8");
  });
});

describe("charset sniffing", () => {
  it("reads charset from Content-Type and from both meta forms", () => {
    expect(charsetFromContentType('text/html; charset="Windows-1256"')).toBe("Windows-1256");
    expect(charsetFromContentType("text/html")).toBeUndefined();
    expect(charsetFromHtmlMeta(ascii("<html><head><meta charset='iso-8859-1'>"))).toBe("iso-8859-1");
    expect(charsetFromHtmlMeta(ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'))).toBe("windows-1256");
  });
});
