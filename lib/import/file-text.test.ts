import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { extractTextFromFile } from "./file-text";
import { buildDocx, buildZip } from "./test-support/docx";
import { encodeWindows1256 } from "./test-support/windows-1256";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("extractTextFromFile: .txt", () => {
  it("decodes UTF-8, drops the BOM and normalises", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("قال الوزير\r\n\r\n\r\nإن البطالة انخفضت\r\n")]);
    expect(await extractTextFromFile({ filename: "note.txt", bytes })).toEqual({
      text: "قال الوزير\n\nإن البطالة انخفضت",
      format: "txt",
    });
  });

  it("reads UTF-16 files that carry a BOM (Notepad's 'Unicode')", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("البطالة 15%", "utf16le")]);
    expect((await extractTextFromFile({ filename: "n.txt", bytes: new Uint8Array(le) })).text).toBe("البطالة 15%");
  });

  it("refuses a PNG renamed .txt, naming what it is", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await refusal(extractTextFromFile({ filename: "photo.txt", bytes: png }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA");
    expect(error.params).toMatchObject({ reason: "BINARY_CONTENT", filename: "photo.txt" });
    expect(error.message).toContain("PNG image");
  });

  it("refuses binary data with no known signature", async () => {
    const error = await refusal(extractTextFromFile({ filename: "x.txt", bytes: new Uint8Array([0x41, 0x00, 0x42, 0x00]) }));
    expect(error.params.reason).toBe("BINARY_CONTENT");
  });

  it("refuses text that is not valid UTF-8, telling the user to re-save it", async () => {
    // "ال" in windows-1256: valid Arabic, invalid UTF-8.
    const error = await refusal(extractTextFromFile({ filename: "old.txt", bytes: new Uint8Array([0xc7, 0xe1, 0x20, 0xc7]) }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA");
    expect(error.params.reason).toBe("INVALID_ENCODING");
    expect(error.message).toMatch(/UTF-8/);
  });

  it("refuses files over the size limit", async () => {
    const error = await refusal(extractTextFromFile({ filename: "big.txt", bytes: utf8("a".repeat(2048)) }, { maxBytes: 1024 }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.params).toMatchObject({ reason: "FILE_TOO_LARGE", limitBytes: 1024, sizeBytes: 2048 });
  });

  it("applies a 5 MB limit by default", async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect((await refusal(extractTextFromFile({ filename: "big.txt", bytes }))).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses empty files and files with nothing but whitespace", async () => {
    expect((await refusal(extractTextFromFile({ filename: "e.txt", bytes: new Uint8Array() }))).params.reason).toBe("EMPTY_FILE");
    expect((await refusal(extractTextFromFile({ filename: "e.txt", bytes: utf8(" \n\t\n") }))).params.reason).toBe("NO_TEXT");
  });
});

describe("extractTextFromFile: format detection", () => {
  it("refuses unknown extensions, naming the accepted ones", async () => {
    const error = await refusal(extractTextFromFile({ filename: "report.pdf", bytes: utf8("%PDF-1.7") }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA");
    expect(error.params).toMatchObject({ reason: "UNSUPPORTED_FILE_TYPE", accepted: ".txt, .md, .html, .docx" });
    expect(error.message).toContain(".txt, .md, .html, .docx");
  });

  it("uses the MIME type only when the name has no extension", async () => {
    expect((await extractTextFromFile({ filename: "blob", bytes: utf8("# T\n\nx"), mimeType: "text/markdown" })).format).toBe("md");
    const error = await refusal(extractTextFromFile({ filename: "a.exe", bytes: utf8("x"), mimeType: "text/plain" }));
    expect(error.params.reason).toBe("UNSUPPORTED_FILE_TYPE");
  });
});

describe("extractTextFromFile: .md", () => {
  it("keeps the words, strips the syntax, and takes the first heading as title", async () => {
    const markdown = [
      "# الوزير: **البطالة** انخفضت",
      "",
      "قال _الوزير_ إن [البطالة](https://example.com/stats \"مصدر\") انخفضت ![رسم](chart.png) إلى النصف.",
      "",
      "## Reactions",
      "",
      "> Experts *doubt* the figure of 2 * 3 in snake_case_names.",
      "- first point",
      "",
      "```",
      "raw *code* stays",
      "```",
    ].join("\n");
    const result = await extractTextFromFile({ filename: "story.md", bytes: utf8(markdown) });
    expect(result.format).toBe("md");
    expect(result.title).toBe("الوزير: البطالة انخفضت");
    expect(result.text).toBe(
      [
        "قال الوزير إن البطالة انخفضت إلى النصف.",
        "",
        "Reactions",
        "",
        "Experts doubt the figure of 2 * 3 in snake_case_names.",
        "first point",
        "",
        "raw *code* stays",
      ].join("\n"),
    );
  });
});

describe("extractTextFromFile: .html", () => {
  const page = readFileSync(new URL("./fixtures/arabic-article.html", import.meta.url));

  it("extracts the main text and title without running scripts", async () => {
    const result = await extractTextFromFile({ filename: "saved.html", bytes: new Uint8Array(page) });
    expect(result.format).toBe("html");
    expect(result.title).toBe("الوزير: البطالة انخفضت إلى النصف");
    expect(result.text.split("\n\n")).toHaveLength(3);
    expect(result.text).not.toMatch(/SCRIPT|الرئيسية/);
  });

  it("honours a windows-1256 <meta charset> in a saved page", async () => {
    const html = `<html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><article><p>${"قال الوزير إن البطالة انخفضت. ".repeat(20)}</p></article></body></html>`;
    const bytes = encodeWindows1256(html);
    const result = await extractTextFromFile({ filename: "old.htm", bytes });
    expect(result.title).toBe("خبر");
    expect(result.text).toMatch(/^قال الوزير إن البطالة انخفضت\./);
  });
});

describe("extractTextFromFile: .docx", () => {
  it("reads paragraphs as blank-line-separated text, with a Title-styled first paragraph as title", async () => {
    const bytes = buildDocx([
      { text: "الوزير: البطالة انخفضت إلى النصف.", style: "Title" },
      { text: "قال وزير العمل إن البطالة انخفضت." },
      { text: "شكك خبراء في الأرقام." },
    ]);
    expect(await extractTextFromFile({ filename: "story.docx", bytes })).toEqual({
      title: "الوزير: البطالة انخفضت إلى النصف.",
      text: "قال وزير العمل إن البطالة انخفضت.\n\nشكك خبراء في الأرقام.",
      format: "docx",
    });
  });

  it("treats a short unpunctuated first paragraph as the headline", async () => {
    const bytes = buildDocx([{ text: "Unemployment halved, minister says" }, { text: "The minister said it fell." }]);
    const result = await extractTextFromFile({ filename: "s.docx", bytes });
    expect(result.title).toBe("Unemployment halved, minister says");
    expect(result.text).toBe("The minister said it fell.");
  });

  it("keeps a first paragraph that reads as a sentence in the body", async () => {
    const bytes = buildDocx([{ text: "The minister said it fell." }, { text: "Experts disagree." }]);
    const result = await extractTextFromFile({ filename: "s.docx", bytes });
    expect(result.title).toBeUndefined();
    expect(result.text).toBe("The minister said it fell.\n\nExperts disagree.");
  });

  it("refuses a file that is not a Word document", async () => {
    const error = await refusal(extractTextFromFile({ filename: "fake.docx", bytes: utf8("just text") }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA");
    expect(error.params.reason).toBe("INVALID_DOCX");
    const zipWithoutDocument = buildZip([{ name: "hello.txt", data: "hi" }]);
    expect((await refusal(extractTextFromFile({ filename: "zip.docx", bytes: zipWithoutDocument }))).params.reason).toBe("INVALID_DOCX");
  });

  it("refuses a zip bomb before mammoth inflates it", async () => {
    // 10 MB of spaces deflate to ~10 KB; with a 64 KB upload limit the unpack budget is 1.25 MB.
    const bomb = buildDocx([{ text: "Title" }, { text: "Body." }], [{ name: "word/media/padding.xml", data: " ".repeat(10 * 1024 * 1024) }]);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const error = await refusal(extractTextFromFile({ filename: "bomb.docx", bytes: bomb }, { maxBytes: 64 * 1024 }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.params.reason).toBe("UNPACKED_TOO_LARGE");
  });
});
