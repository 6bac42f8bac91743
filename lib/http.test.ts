import { describe, expect, it } from "vitest";
import { fileResponse, refuseCrossSiteWrite } from "./http";

function post(headers: Record<string, string>, url = "http://sanad.example/api/claims/addComment") {
  return new Request(url, { method: "POST", headers: { host: "sanad.example", ...headers }, body: "{}" });
}

describe("refuseCrossSiteWrite", () => {
  it("lets a same-origin JSON request through, and one from a client that sends no Origin (curl, e2e API helper)", () => {
    expect(refuseCrossSiteWrite(post({ "content-type": "application/json", origin: "http://sanad.example" }))).toBeNull();
    expect(refuseCrossSiteWrite(post({ "content-type": "application/json; charset=utf-8" }))).toBeNull();
  });

  it("honours the host a reverse proxy forwards", () => {
    const request = post({ "content-type": "application/json", origin: "https://desk.news.example", "x-forwarded-host": "desk.news.example" });
    expect(refuseCrossSiteWrite(request)).toBeNull();
  });

  it.each([
    ["a text/plain body (what a cross-site HTML form can send)", "text/plain"],
    ["a form-encoded body", "application/x-www-form-urlencoded"],
    ["a multipart body", "multipart/form-data; boundary=x"],
    ["no content type", ""],
  ])("refuses %s with 415", async (_label, contentType) => {
    const response = refuseCrossSiteWrite(post(contentType ? { "content-type": contentType } : {}));
    expect(response?.status).toBe(415);
    expect(await response?.json()).toMatchObject({ code: "UNSUPPORTED_MEDIA" });
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a sibling subdomain (same site, so the Lax cookie would be sent)", "http://evil.sanad.example"],
    ["another port", "http://sanad.example:8080"],
    ["an opaque origin", "null"],
  ])("refuses a JSON request from %s with 403", async (_label, origin) => {
    const response = refuseCrossSiteWrite(post({ "content-type": "application/json", origin }));
    expect(response?.status).toBe(403);
    expect(await response?.json()).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("fileResponse", () => {
  it("sends an attachment that is never sniffed or cached", () => {
    const response = fileResponse({ body: "<h1>x</h1>", contentType: "text/html; charset=utf-8", filename: "sanad-report-0b7f-ar.html" });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sanad-report-0b7f-ar.html"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps quotes, separators and line breaks out of the Content-Disposition header", () => {
    const response = fileResponse({ body: "", contentType: "text/csv", filename: 'a"; filename=evil.html\r\nX: y.csv' });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="a___filename_evil.html__X__y.csv"');
  });
});
