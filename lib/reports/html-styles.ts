/**
 * Styles of the HTML report, scoped under `.sanad-report` so the fragment can sit inside another page. Layout uses
 * logical properties (inline-start/end) only, so one stylesheet serves right-to-left Arabic and left-to-right English.
 * Colours per verdict come from lib/ratings.ts through the `--badge`/`--tint` custom properties on each card.
 */
import { ARABIC_FAMILY, LATIN_FAMILY } from "./fonts";
import type { ReportLocale } from "./types";

export function reportCss(locale: ReportLocale): string {
  // Arabic reports set Arabic first so shared characters (digits, spaces, punctuation) take the Naskh forms that sit
  // well inside Arabic lines; English reports do the reverse.
  const families =
    locale === "ar"
      ? `"${ARABIC_FAMILY}", "${LATIN_FAMILY}", serif`
      : `"${LATIN_FAMILY}", "${ARABIC_FAMILY}", sans-serif`;
  // Spots set in Inter for their figures (counts, "5 من 6", URLs) still list Naskh: without it the Arabic words in them
  // fall to whatever system font the server has (the PDF showed it as a Type 3 font), not the report's face.
  const lineHeight = locale === "ar" ? "1.75" : "1.55";

  return `
@page { size: A4; margin: 16mm 15mm 18mm; }
.sanad-report { --ink:#1c2430; --muted:#5b6572; --rule:#d8dde3; --paper:#ffffff; --accent:#0d3b5e; --soft:#f4f6f8;
  font-family:${families}; font-size:14px; line-height:${lineHeight}; color:var(--ink); background:var(--paper);
  max-width:820px; margin:0 auto; padding:32px 28px 40px; -webkit-print-color-adjust:exact; print-color-adjust:exact;
  text-align:start; overflow-wrap:break-word; }
.sanad-report * { box-sizing:border-box; }
.sanad-report a { color:var(--accent); text-decoration:underline; text-decoration-thickness:1px; text-underline-offset:2px; }
.sanad-report .url { direction:ltr; unicode-bidi:isolate; overflow-wrap:anywhere; font-family:"${LATIN_FAMILY}", "${ARABIC_FAMILY}", sans-serif;
  font-size:0.82em; color:var(--muted); }
.sanad-report h1, .sanad-report h2, .sanad-report h3 { line-height:1.3; margin:0; font-weight:700; }
.sanad-report .masthead { border-bottom:3px solid var(--accent); padding-bottom:18px; margin-bottom:22px; }
.sanad-report .kicker { display:flex; flex-wrap:wrap; gap:6px 14px; align-items:center; color:var(--accent); font-weight:700;
  font-size:0.8em; letter-spacing:${locale === "ar" ? "0" : "0.06em"}; text-transform:${locale === "ar" ? "none" : "uppercase"}; }
.sanad-report .kicker .org { background:var(--accent); color:#fff; padding:2px 10px; border-radius:3px; }
.sanad-report .draft { display:inline-block; margin-top:12px; padding:3px 10px; border:1px dashed #9a3412; color:#9a3412;
  border-radius:3px; font-size:0.8em; font-weight:700; }
.sanad-report h1 { font-size:1.85em; margin:14px 0 14px; }
.sanad-report .facts { display:grid; grid-template-columns:repeat(auto-fit, minmax(170px, 1fr)); gap:10px 20px; margin:0; }
.sanad-report .facts div { min-width:0; }
.sanad-report .facts dt { font-size:0.74em; color:var(--muted); font-weight:600; }
.sanad-report .facts dd { margin:0; font-weight:600; }
.sanad-report .facts .wide { grid-column:1 / -1; }
.sanad-report .dates { margin:12px 0 0; color:var(--muted); font-size:0.85em; }
.sanad-report .dates span + span::before { content:" · "; }
.sanad-report h2 { font-size:1.2em; color:var(--accent); margin-bottom:10px; }
.sanad-report .summary { background:var(--soft); border-radius:8px; padding:16px 18px 18px; margin-bottom:22px; break-inside:avoid; }
.sanad-report .summary .total { margin:0 0 12px; color:var(--muted); font-size:0.9em; }
.sanad-report .bar { display:flex; height:10px; border-radius:5px; overflow:hidden; margin-bottom:14px; background:var(--rule); }
.sanad-report .bar span { display:block; background:var(--badge); }
.sanad-report .tally { list-style:none; margin:0; padding:0; display:grid; grid-template-columns:repeat(4, minmax(0, 1fr)); gap:8px; }
.sanad-report .tally li { display:flex; align-items:center; gap:8px; background:#fff; border:1px solid var(--rule);
  border-inline-start:5px solid var(--badge); border-radius:5px; padding:6px 10px; font-size:0.86em; }
.sanad-report .tally li.zero { opacity:0.45; }
.sanad-report .tally .count { font-family:"${LATIN_FAMILY}", "${ARABIC_FAMILY}", sans-serif; font-weight:700; font-size:1.3em; min-width:1.4em; }
.sanad-report .corrections { border:1px solid #e0c48c; background:#fdf8ec; border-radius:8px; padding:14px 18px; margin-bottom:22px; }
.sanad-report .corrections ul { margin:0; padding-inline-start:20px; }
.sanad-report .claim { border:1px solid var(--rule); border-inline-start:6px solid var(--badge); border-radius:8px;
  padding:16px 20px 14px; margin-bottom:18px; background:#fff; }
.sanad-report .claim.pending { border-style:dashed; border-inline-start-style:solid; }
.sanad-report .claim-head { display:flex; flex-wrap:wrap; justify-content:space-between; align-items:center; gap:8px;
  margin-bottom:10px; break-after:avoid; }
.sanad-report .claim-no { font-weight:700; color:var(--muted); font-size:0.9em; }
.sanad-report .badge { display:inline-flex; align-items:center; gap:8px; background:var(--badge); color:#fff; font-weight:700;
  padding:3px 12px; border-radius:999px; font-size:0.92em; }
.sanad-report .badge .num { font-family:"${LATIN_FAMILY}", "${ARABIC_FAMILY}", sans-serif; font-weight:600; font-size:0.8em; opacity:0.9;
  border-inline-start:1px solid rgba(255,255,255,0.5); padding-inline-start:8px; }
.sanad-report .claim.pending .badge { background:#fff; color:var(--muted); border:1px dashed var(--muted); }
.sanad-report blockquote { margin:0 0 10px; padding:10px 16px; background:var(--tint); border-inline-start:3px solid var(--badge);
  border-radius:4px; font-size:1.06em; white-space:pre-line; text-align:start; break-inside:avoid; }
.sanad-report blockquote[dir="rtl"] { font-family:"${ARABIC_FAMILY}", "${LATIN_FAMILY}", serif; }
.sanad-report .from, .sanad-report .normalized { margin:0 0 8px; font-size:0.92em; }
.sanad-report .label { color:var(--muted); font-weight:600; }
.sanad-report h3 { font-size:0.95em; margin:12px 0 4px; color:var(--ink); break-after:avoid; }
.sanad-report .rationale p { margin:0 0 6px; }
.sanad-report .pending-note { color:var(--muted); font-style:italic; margin:4px 0 0; }
.sanad-report .correction-note { margin:8px 0; padding:6px 12px; background:#fdf8ec; border-radius:4px; font-size:0.88em; }
.sanad-report table { width:100%; border-collapse:collapse; font-size:0.84em; margin-top:4px; }
.sanad-report th { text-align:start; font-weight:600; color:var(--muted); border-bottom:2px solid var(--rule); padding:5px 6px; }
.sanad-report td { vertical-align:top; border-bottom:1px solid var(--rule); padding:6px; text-align:start; }
.sanad-report tr { break-inside:avoid; }
.sanad-report tbody tr:last-child td { border-bottom:none; }
.sanad-report td .excerpt { display:block; color:var(--muted); font-size:0.92em; margin-top:2px; }
.sanad-report .stance { font-weight:700; white-space:nowrap; }
.sanad-report .stance.SUPPORTS { color:#1b6e34; } .sanad-report .stance.REFUTES { color:#b3261e; }
.sanad-report .stance.CONTEXT { color:var(--muted); }
.sanad-report .nowrap { white-space:nowrap; }
.sanad-report .signoff { display:flex; flex-wrap:wrap; gap:4px 18px; margin-top:12px; padding-top:8px; border-top:1px solid var(--rule);
  color:var(--muted); font-size:0.8em; }
.sanad-report .colophon { margin-top:28px; padding-top:14px; border-top:1px solid var(--rule); color:var(--muted); font-size:0.8em; break-inside:avoid; }
.sanad-report .scale { list-style:none; padding:0; margin:6px 0 10px; display:flex; flex-wrap:wrap; gap:6px; }
.sanad-report .scale li { border-inline-start:4px solid var(--badge); background:var(--soft); padding:1px 8px; border-radius:3px; }
@media print {
  html, body { background:#fff; }
  .sanad-report { max-width:none; padding:0; }
  .sanad-report .claim { break-inside:auto; }
  .sanad-report .claim.pending { break-inside:avoid; }
}
`;
}
