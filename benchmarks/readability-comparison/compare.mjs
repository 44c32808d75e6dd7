// Readability.js side by side with NewsText on the same pages, outside the .NET project.
//
// The corpus pages come as the text a browser shows, without their HTML, so each page is rebuilt as the simplest
// HTML that shows that text: one <p> per line inside <body>. Real pages carry several times more markup (scripts,
// styles, attributes, nested layout), which makes Readability slower on them than here: the ratio this prints is a
// floor for NewsText's advantage, not a flattering estimate.
//
// Usage: npm install && node compare.mjs <pages folder> [rounds]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";

const folder = process.argv[2] ?? "../../../shared/corpus/pages";
const rounds = Number(process.argv[3] ?? 3);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const pages = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => {
    const lines = readFileSync(join(folder, f), "utf8").split(/\r?\n/).filter((l) => l.trim().length > 0);
    const body = lines.map((l) => `<p>${escape(l)}</p>`).join("\n");
    return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(lines[0] ?? "")}</title></head><body>${body}</body></html>`;
  });

let extracted = 0;
const run = () => {
  for (const html of pages) {
    const dom = new JSDOM(html);
    const article = new Readability(dom.window.document).parse();
    extracted += article?.textContent?.length ?? 0;
    dom.window.close();
  }
};

run(); // warm-up
const started = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) run();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const htmlBytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
console.log(`Readability.js + jsdom: ${pages.length} pages x ${rounds} rounds in ${seconds.toFixed(2)} s = ` +
  `${((pages.length * rounds) / seconds).toFixed(1)} pages/s (${(htmlBytes / 1e6).toFixed(2)} MB of HTML per round)`);
