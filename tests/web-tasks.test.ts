import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeChecker } from "./web/axe.ts";
import { launchChromium } from "./web/server.ts";

// The questions a first-time visitor brings, answered by clicking through the built site (production server +
// Chromium), each with JavaScript and without it, with 0 axe violations in light and dark on every page passed.
let browser: Browser | undefined;
const axe = axeChecker(() => browser);
const accessible = axe.accessible;
const base = inject("webBase");

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await axe.close();
  await browser?.close().catch(() => {});
});

type Visit = { page: Page; js: boolean };

/** A visitor with or without JavaScript, 1280 wide (the header's search box shows from 40rem). */
async function visit(js: boolean, run: (v: Visit) => Promise<void>): Promise<void> {
  if (!browser) throw new Error("browser did not start");
  const context = await browser.newContext({
    javaScriptEnabled: js,
    viewport: { width: 1280, height: 900 },
    ...(js ? { permissions: ["clipboard-read", "clipboard-write"] } : {}),
  });
  try {
    await run({ page: await context.newPage(), js });
  } finally {
    await context.close();
  }
}

/** Follows a link as a visitor would, then checks the page it lands on. */
const clickTo = async ({ page, js }: Visit, url: RegExp | ((u: URL) => boolean), link: ReturnType<Page["locator"]>) => {
  await Promise.all([page.waitForURL(url), link.click()]);
  await accessible(page, js);
};
/** The id of the element the address's fragment points at (a CSS query: it works without JavaScript too). */
const targetId = (page: Page) => page.locator(":target").first().getAttribute("id");

for (const js of [true, false]) {
  const mode = js ? "with JavaScript" : "without JavaScript";

  describe(`a first-time visitor ${mode}`, () => {
    it("a: finds which sanctions were suspended, when the suspension was extended, and the sentence to cite", async () => {
      await visit(js, async (v) => {
        const { page } = v;
        await page.goto(`${base}/`);
        await accessible(page, js);
        const fact = page.locator(".key-fact", { hasText: "Belneftekhim" });
        expect(await fact.locator(".key-fact-figure").textContent()).toBe("Suspended");
        expect(await fact.textContent()).toContain("extended in November 2009");
        await clickTo(v, /\/sanctions#sanctions-against-belneftekhim-subsidiaries$/, fact.locator("h3 a"));
        const sanction = page.locator("#sanctions-against-belneftekhim-subsidiaries");
        expect((await sanction.locator(".facts-inline .status").textContent())?.trim()).toBe("Suspended");
        const step = sanction.locator(".step", { hasText: "Extended in November 2009" });
        expect(await step.locator(".step-quote p").textContent()).toBe(
          "“The suspension was extended in November 2009.”",
        );
        // From the step to its sentence in the reader, then to that sentence's citation.
        await clickTo(v, /\/read\?hl=\d+-\d+#p7-s3$/, step.locator("footer a"));
        expect(await targetId(page)).toBe("p7-s3");
        await clickTo(v, /\/cite\/p7-s3$/, page.locator('a[href="/cite/p7-s3"]'));
        expect(await page.locator("h1").textContent()).toBe("Cite Paragraph 7, sentence 3");
        const apa = (await page.locator("#text-apa-in-text").textContent()) ?? "";
        expect(apa).toContain("para. 7");
        const copy = page.locator('button.copy-button[aria-describedby="text-apa-in-text"]');
        if (js) {
          await copy.click();
          await expect.poll(() => copy.textContent()).toBe("Copied");
          expect(await page.evaluate<string>("navigator.clipboard.readText()")).toBe(apa);
        } else expect(await copy.count()).toBe(0); // the text is there to select instead
      });
    });

    it("b: finds the 2009 meetings, from the home page and with the events filters", async () => {
      await visit(js, async (v) => {
        const { page } = v;
        await page.goto(`${base}/`);
        const fact = page.locator(".key-fact", { hasText: "Meetings in 2009" });
        expect(await fact.locator(".key-fact-figure").textContent()).toBe("Two meetings");
        await clickTo(v, /\/events\?type=meet&year=2009$/, fact.locator("h3 a"));
        const titles = () => page.locator(".event-card .card-title").allTextContents();
        const meetings = [
          "Helsinki Commission delegation met opposition and civil society leaders in Minsk",
          "Assistant Secretary of State for European and Eurasian Affairs met opposition leaders in Minsk",
        ];
        expect(await titles()).toEqual(meetings);
        expect(await page.locator(".event-card").allTextContents()).toEqual([
          expect.stringContaining("in June 2009"),
          expect.stringContaining("in August 2009"),
        ]);
        // The same with the form, from the whole list: a plain GET form.
        await page.goto(`${base}/events`);
        await page.locator("#f-type").selectOption("meet");
        await page.locator("#f-year").selectOption("2009");
        await clickTo(v, /\/events\?type=meet&actor=&year=2009$/, page.locator("form.filters-form button"));
        expect(await titles()).toEqual(meetings);
        expect(await page.locator("#f-type").inputValue()).toBe("meet");
        expect(await page.locator(".result-count").textContent()).toBe("Two events: meeting, in 2009");
        // A filter that keeps nothing says so.
        await page.locator("#f-actor").selectOption("osce");
        await clickTo(v, /actor=osce/, page.locator("form.filters-form button"));
        expect(await page.locator(".result-count").textContent()).toContain("No events match");
      });
    });

    it("c: downloads the data and a citation, each as the page says", async () => {
      await visit(js, async ({ page }) => {
        await page.goto(`${base}/data`);
        await accessible(page, js);
        const row = page.locator("tr", { has: page.locator('a[href="/downloads/source.txt"]') });
        const shown = (await row.locator(".hash").textContent())?.trim();
        const [file] = await Promise.all([page.waitForEvent("download"), row.locator("a").click()]);
        const bytes = readFileSync((await file.path()) ?? "");
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(shown);
        await page.goto(`${base}/cite/p7-s3`);
        const [bib] = await Promise.all([
          page.waitForEvent("download"),
          page.locator("a", { hasText: ".bib" }).click(),
        ]);
        expect(bib.suggestedFilename()).toBe("afdr-2010-belarus-p7-s3.bib");
        expect(readFileSync((await bib.path()) ?? "", "utf8")).toMatch(/^@techreport\{afdr_2010_belarus_p7_s3,/);
        const [ris] = await Promise.all([
          page.waitForEvent("download"),
          page.locator("a", { hasText: ".ris" }).click(),
        ]);
        expect(readFileSync((await ris.path()) ?? "", "utf8")).toMatch(/^TY {2}- RPRT/);
      });
    });

    it("d: searches for “trafficking” and gets the paragraph about it first", async () => {
      await visit(js, async (v) => {
        const { page } = v;
        await page.goto(`${base}/read`);
        await page.locator("#header-q").fill("trafficking");
        await Promise.all([page.waitForURL(/\/search\?q=trafficking$/), page.locator("#header-q").press("Enter")]);
        await accessible(page, js);
        expect(await page.title()).toMatch(/^“trafficking”: search/);
        // One search box on the page: the header's gives way to the page's own.
        expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
        const first = page.locator(".results > li").first();
        expect(await first.locator(".hit-title a").getAttribute("href")).toBe("/read#p5-s1");
        expect(await first.locator("mark").first().textContent()).toBe("trafficking");
        const snippets = await page.locator(".results .snippet").allTextContents();
        expect(new Set(snippets).size).toBe(snippets.length);
        await clickTo(v, (u) => u.pathname === "/read" && u.hash === "#p5-s1", first.locator(".hit-title a"));
        expect(await targetId(page)).toBe("p5-s1");
      });
    });

    it("e: goes from an entity to its part in the report and to its words", async () => {
      await visit(js, async (v) => {
        const { page } = v;
        await page.goto(`${base}/entities`);
        await accessible(page, js);
        // A box of the picture is a link to the entity's profile.
        await clickTo(
          v,
          /\/entities\/government-of-belarus$/,
          page.locator('.network-svg a[href="/entities/government-of-belarus"]'),
        );
        expect(await page.locator("h1").textContent()).toBe("Government of Belarus");
        expect(await page.locator(".profile-kind").textContent()).toMatch(/^Public body · named \d+ times/);
        expect(await page.locator("#acts ~ ul li").count()).toBe(3);
        expect(await page.locator("#restricts ~ ul").textContent()).toContain("five diplomats");
        const quote = page.locator("section[aria-labelledby=evidence] .evidence").first();
        const words = (await quote.locator("mark").textContent()) ?? "";
        await clickTo(v, /\/read\?hl=\d+-\d+#p\d+-s\d+$/, quote.locator("a.in-context"));
        const anchor = new URL(page.url()).hash.slice(1);
        expect(await targetId(page)).toBe(anchor);
        expect(await page.locator(`#${anchor}`).textContent()).toContain(words);
        if (js)
          await expect
            .poll(() => page.evaluate<string>(`[...(CSS.highlights.get("quote") ?? [])].map(String).join("")`))
            .toBe(words);
      });
    });
  });
}
