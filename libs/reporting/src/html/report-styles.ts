// The report's one style sheet, inline: the file is self-contained (no external resource), and its Content
// Security Policy allows exactly this sheet by its hash, so nothing else can style or script the page.
import { createHash } from 'node:crypto';

export const REPORT_CSS = `
:root { color: #0b0c0c; background: #ffffff; font-family: Arial, Helvetica, sans-serif; line-height: 1.4; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
th.number { text-align: right; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.wide { overflow-x: auto; max-width: 100%; }
.wide:focus { outline: 3px solid #ffdd00; }
dl.inputs { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.inputs dt { font-weight: bold; }
dl.inputs dd { margin: 0; overflow-wrap: anywhere; }
.note { color: #505a5f; }
dl.definitions dt { font-weight: bold; margin-top: 0.6rem; }
dl.definitions dd { margin-left: 1.5rem; }
code { font-family: "Courier New", monospace; overflow-wrap: anywhere; }
figure { margin: 1rem 0 2rem; }
figcaption { font-weight: bold; margin-bottom: 0.5rem; }
figure svg { max-width: 100%; height: auto; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
ul.findings { padding-left: 0; list-style: none; }
ul.findings li { border-left: 5px solid #505a5f; padding: 0.25rem 0.75rem; margin: 0.4rem 0; }
ul.findings li.problem { border-color: #d4351c; }
ul.findings li.shortcoming { border-color: #f47738; }
ul.findings li.strength { border-color: #00703c; }
.kind { font-weight: bold; }
section.holder { border-top: 1px solid #b1b4b6; }
nav ol { columns: 2; }
@media print { summary { display: none; } details > * { display: block; } }
`;

/** The CSP source for the sheet above: `'sha256-<base64>'`. */
export const REPORT_CSS_HASH = `'sha256-${createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64')}'`;
