/**
 * PDF export: Chromium (through playwright-core) prints the standalone HTML report to A4 with page numbers.
 *
 * One browser per process, launched lazily on the first export and shared: launching costs ~0.5–1 s. Each export
 * gets its own context (no cookies, cache or state shared between reports), with JavaScript off and the network
 * offline, since the HTML is self-contained and carries desk and article text. If the browser dies (crash, OOM kill),
 * the next export launches a new one. At most MAX_CONCURRENT exports render at once; `closeReportBrowser()` is for
 * shutdown and tests. Server-only: it imports playwright-core, so keep it out of client bundles.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

import { buildReportHtml } from "./html";
import { localeDirection } from "./model";
import type { ReportData } from "./types";

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Exports rendering at once; more wait their turn, so a burst of requests cannot exhaust the server's memory. */
const MAX_CONCURRENT = Math.max(1, Number(process.env.REPORT_PDF_CONCURRENCY) || 5);
const RENDER_TIMEOUT_MS = 30_000;

let browserPromise: Promise<Browser> | null = null;
let active = 0;
const waiting: (() => void)[] = [];

function launchBrowser(): Promise<Browser> {
  const launching = chromium
    .launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS })
    .then((browser) => {
      browser.on("disconnected", () => {
        if (browserPromise === launching) browserPromise = null;
      });
      return browser;
    });
  // A failed launch must not be cached: the next export tries again.
  launching.catch(() => {
    if (browserPromise === launching) browserPromise = null;
  });
  return launching;
}

// Concurrent exports share one launch, because they all read the same promise. An export that finds the browser dead
// clears the promise only if no other export has already started a relaunch, so a crash leads to one new browser.
async function getBrowser(): Promise<Browser> {
  const current = browserPromise;
  if (current) {
    const browser = await current.catch(() => null);
    if (browser?.isConnected()) return browser;
    if (browserPromise === current) browserPromise = null;
  }
  browserPromise ??= launchBrowser();
  return browserPromise;
}

async function acquireSlot(): Promise<void> {
  if (active < MAX_CONCURRENT) {
    active += 1;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next(); // the slot passes straight to the next export; `active` stays the same
  else active -= 1;
}

// Footer templates render in their own document without the report's web fonts, so the footer holds only digits,
// which every system font has. Its direction follows the report so the numbers sit where a reader of it looks.
function footerTemplate(data: ReportData): string {
  const dir = localeDirection(data.locale);
  return `<div dir="${dir}" style="width:100%;font-size:8px;color:#5b6572;padding:0 15mm;text-align:center;font-family:sans-serif;">
<span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
}

export async function renderReportPdf(data: ReportData): Promise<Buffer> {
  const html = buildReportHtml(data, { standalone: true });
  await acquireSlot();
  try {
    return await renderHtmlToPdf(html, footerTemplate(data), true);
  } finally {
    releaseSlot();
  }
}

interface FreshPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

const CONTEXT_OPTIONS = { javaScriptEnabled: false, offline: true } as const;

// Opening a page starts a renderer process (~150–400 ms). After each export one unused context+page is opened in the
// background for the next export, which still gets a context nobody has used.
let spare: Promise<FreshPage | null> | null = null;

async function openPage(browser: Browser): Promise<FreshPage> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    return { browser, context, page: await context.newPage() };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

function prepareSpare(browser: Browser): void {
  if (spare || !browser.isConnected()) return;
  spare = openPage(browser).catch(() => null);
}

async function takePage(browser: Browser): Promise<FreshPage> {
  const pending = spare;
  spare = null;
  const ready = pending ? await pending : null;
  if (ready && ready.browser === browser && browser.isConnected()) return ready;
  if (ready) await ready.context.close().catch(() => undefined);
  return openPage(browser);
}

async function renderHtmlToPdf(html: string, footer: string, retry: boolean): Promise<Buffer> {
  const browser = await getBrowser();
  let fresh: FreshPage;
  try {
    fresh = await takePage(browser);
  } catch (error) {
    // The browser went away between getBrowser() and here (crash, or closeReportBrowser in another request).
    if (retry && !browser.isConnected()) return renderHtmlToPdf(html, footer, false);
    throw error;
  }
  const { context, page } = fresh;
  // page.pdf() has no timeout of its own; closing the context makes a stuck render fail and frees its slot.
  const watchdog = setTimeout(() => void context.close().catch(() => undefined), RENDER_TIMEOUT_MS);
  try {
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    await page.setContent(html, { waitUntil: "load" });
    // Embedded fonts decode asynchronously; printing before they are ready would fall back to system fonts.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer,
      margin: { top: "16mm", bottom: "18mm", left: "15mm", right: "15mm" },
    });
    return Buffer.from(pdf);
  } finally {
    clearTimeout(watchdog);
    await context.close().catch(() => undefined);
    prepareSpare(browser);
  }
}

/** Closes the shared browser (server shutdown, end of a test file). The next export launches a new one. */
export async function closeReportBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = null;
  spare = null; // its context closes with the browser
  if (!pending) return;
  const browser = await pending.catch(() => null);
  await browser?.close().catch(() => undefined);
}
