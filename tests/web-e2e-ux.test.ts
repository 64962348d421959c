import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AXE_TAGS, launchChromium, linkedHighlight, MAIN_ROUTES } from "./web/server.ts";

// What a reader meets beyond the basics (the production server + Chromium): dark mode, narrow screens, following
// evidence back into the text, and searching with the keyboard alone.
let browser: Browser | undefined;
const base = inject("webBase");

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
});

async function withPage(options: BrowserContextOptions, run: (page: Page) => Promise<void>): Promise<void> {
  if (!browser) throw new Error("browser did not start");
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

// Page-side code is passed as strings: the tests' tsconfig has no DOM types.
const focused = (page: Page) =>
  page.evaluate<{ id: string; href: string; cls: string }>(
    `(() => { const el = document.activeElement;
      return { id: el?.id ?? "", href: el?.getAttribute("href") ?? "", cls: el?.className ?? "" }; })()`,
  );
const targetId = (page: Page) => page.evaluate<string | undefined>(`document.querySelector(":target")?.id`);
/** The words the reader paints as the quote (the CSS Custom Highlight named "quote"), or "" when none. */
const paintedQuote = (page: Page) =>
  page.evaluate<string>(`[...(CSS.highlights.get("quote") ?? [])].map((r) => r.toString()).join("")`);

describe("dark mode, reflow, evidence and keyboard (production server + Chromium)", () => {
  it("follows prefers-color-scheme: dark with 0 axe violations on every page", async () => {
    await withPage({ colorScheme: "dark" }, async (page) => {
      const extra = [await linkedHighlight(base), "/entities/belneftekhim", "/events?type=meet&year=2009"];
      for (const path of [...MAIN_ROUTES, ...extra]) {
        await page.goto(base + path, { waitUntil: "load" });
        const bg = await page.evaluate<string>("getComputedStyle(document.documentElement).backgroundColor");
        expect(bg, path).toBe("rgb(21, 23, 26)");
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      }
    });
  });

  for (const width of [320, 390])
    it(`reflows every page at ${width} px without horizontal scrolling`, async () => {
      await withPage({ viewport: { width, height: 640 } }, async (page) => {
        for (const path of [...MAIN_ROUTES, "/entities/government-of-belarus", "/search?q=trafficking"]) {
          await page.goto(base + path, { waitUntil: "load" });
          const scroll = await page.evaluate<number>("document.documentElement.scrollWidth");
          expect(scroll, path).toBeLessThanOrEqual(width);
        }
      });
    });

  it("scrolls wide tables and the network picture inside their own region, not the page", async () => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      await page.goto(`${base}/data`);
      const region = page.locator("section.table-wrap").first();
      expect(await region.getAttribute("aria-label")).toBeTruthy();
      expect(await region.getAttribute("tabindex")).toBe("0");
      // The picture is shown at its own size and scrolls sideways; its boxes are links, reachable by Tab.
      await page.goto(`${base}/entities`);
      const sizes = await page.evaluate<number[]>(
        `(() => { const el = document.querySelector(".network-scroll"); return [el.scrollWidth, el.clientWidth]; })()`,
      );
      expect(sizes[0]).toBeGreaterThan(sizes[1] ?? 0);
      expect(await page.locator(".network-svg a").count()).toBeGreaterThan(20);
    });
  });

  it("goes from a mention to its entity, then from an evidence quote back to the marked words", async () => {
    await withPage({}, async (page) => {
      await page.goto(`${base}/read/mentions`);
      await Promise.all([
        page.waitForURL(/\/entities\/belneftekhim$/),
        page.locator('a.mention[href="/entities/belneftekhim"]').first().click(),
      ]);
      const evidence = page.locator("#evidence ~ .evidence, section[aria-labelledby=evidence] .evidence").first();
      const quote = (await evidence.locator("mark").textContent())?.trim() ?? "";
      expect(quote).toContain("Belneftekhim");
      await Promise.all([page.waitForURL(/\/read\?hl=\d+-\d+#p\d+-s\d+$/), evidence.locator("a.in-context").click()]);
      const anchor = new URL(page.url()).hash.slice(1);
      expect(await targetId(page)).toBe(anchor);
      // Polled from here: waitForFunction re-evaluates its predicate with eval, which the page's CSP refuses
      // whenever the highlight is not painted at the first look.
      await expect.poll(() => page.evaluate<boolean>(`CSS.highlights.has("quote")`)).toBe(true);
      expect(await paintedQuote(page)).toBe(quote);
      // A screen reader is told which words are highlighted, since the paint is invisible to it.
      await expect
        .poll(() => page.locator(".reader [role=status]").textContent())
        .toBe(`Highlighted quote: “${quote}”`);
      // Painted inside the sentence the link points at (which :target tints even without JavaScript).
      expect(
        await page.evaluate<boolean>(`CSS.highlights.get("quote").values().next().value
        .commonAncestorContainer.parentElement.closest(".sentence").id === ${JSON.stringify(anchor)}`),
      ).toBe(true);
      // A highlight the site never links to goes to the clean reader, with nothing painted.
      await page.goto(`${base}/read?hl=9-1#${anchor}`);
      expect(new URL(page.url()).search).toBe("");
      expect(await paintedQuote(page)).toBe("");
    });
  });

  it("searches with the keyboard alone: skip link, search field, Enter, Tab to a result, Enter", async () => {
    await withPage({}, async (page) => {
      await page.goto(`${base}/`);
      await page.keyboard.press("Tab");
      expect((await focused(page)).cls).toBe("skip-link");
      for (let i = 0; i < 30 && (await focused(page)).id !== "header-q"; i++) await page.keyboard.press("Tab");
      expect((await focused(page)).id).toBe("header-q");
      await page.keyboard.type("Belneftekhim");
      await Promise.all([page.waitForURL(/\/search\?q=Belneftekhim$/), page.keyboard.press("Enter")]);
      for (let i = 0; i < 60 && !/^\/read#/.test((await focused(page)).href); i++) await page.keyboard.press("Tab");
      const href = (await focused(page)).href;
      expect(href).toBe(await page.locator('.results a[href^="/read#"]').first().getAttribute("href"));
      await Promise.all([page.waitForURL((u) => u.pathname === "/read"), page.keyboard.press("Enter")]);
      const anchor = href.split("#")[1] ?? "";
      expect(new URL(page.url()).hash).toBe(`#${anchor}`);
      expect(await targetId(page)).toBe(anchor);
      const box = await page.locator(`#${anchor}`).boundingBox();
      const top = box?.y ?? -1;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(640);
    });
  });
});
