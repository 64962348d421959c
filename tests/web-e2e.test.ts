import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AXE_TAGS, launchChromium, MAIN_ROUTES } from "./web/server.ts";

// Drives the built website (the production server) with headless Chromium: what a user sees.
let browser: Browser | undefined;
const base = inject("webBase");

// Every page of the build, and the filtered lists (proxy rewrites to prerendered pages).
const ROUTES = [...MAIN_ROUTES, "/entities?kind=company", "/events?type=meet&year=2009", "/events?year=1999"];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
});

async function open(path: string): Promise<{ page: Page; context: BrowserContext; status: number; errors: string[] }> {
  if (!browser) throw new Error("browser did not start");
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const res = await page.goto(base + path, { waitUntil: "load" });
  return { page, context, status: res?.status() ?? 0, errors };
}

describe("website (production server + Chromium)", () => {
  for (const path of ROUTES) {
    it(`renders ${path} with status 200, a heading, no script errors and 0 axe violations`, async () => {
      const { page, context, status, errors } = await open(path);
      try {
        expect(status).toBe(200);
        expect((await page.locator("h1").first().textContent())?.trim()).toMatch(/\S/);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("gives a real 404 page with a link home for an unknown entity, passage or route", async () => {
    for (const path of ["/entities/no-such-entity", "/cite/p999", "/no/such/page"]) {
      const { page, context, status } = await open(path);
      expect(status, path).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Page not found");
      expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
      await context.close();
    }
  });

  it("marks entity mentions, anchors paragraphs and sentences, and shows the missing-link defect", async () => {
    const { page, context } = await open("/read#p3-s2");
    expect(await page.locator("#p3").count()).toBe(1);
    expect(await page.locator("#p3-s2").count()).toBe(1);
    expect(await page.locator(".defect").first().textContent()).toContain("missing");
    // Clean text by default; the mentions are one link away, on their own prerendered page.
    expect(await page.locator("a.mention").count()).toBe(0);
    await page.goto(`${base}/read/mentions`);
    expect(await page.locator('a.mention[href="/entities/belneftekhim"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("finds Belneftekhim and links a hit to its anchor in the reader", async () => {
    const { page, context } = await open("/search?q=Belneftekhim");
    const hrefs = await page.locator(".results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/entities/belneftekhim");
    expect(hrefs.some((h) => /^\/read#p\d+-s\d+$/.test(h ?? ""))).toBe(true);
    expect(await page.locator(".results mark").first().textContent()).toMatch(/Belneftekhim/i);
    await context.close();
  });

  it("never reflects a hostile query as markup", async () => {
    const q = "<script>alert(1)</script>";
    const { page, context, status, errors } = await open(`/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(await page.locator("main script").count()).toBe(0);
    expect(await page.locator("#q").inputValue()).toBe(q);
    expect(errors.filter((e) => e.startsWith("dialog"))).toEqual([]);
    const html = await (await fetch(`${base}/search?q=${encodeURIComponent(q)}`)).text();
    expect(html).not.toContain(q);
    await context.close();
  });

  it("serves downloads with the sha256 the data page shows, and the static JSON API", async () => {
    const { page, context } = await open("/data");
    for (const file of ["source.txt", "entities.ftm.json"]) {
      const row = page.locator("tr", { has: page.locator(`a[href="/downloads/${file}"]`) });
      const shown = (await row.locator(".hash").textContent())?.trim();
      const body = Buffer.from(await (await fetch(`${base}/downloads/${file}`)).arrayBuffer());
      expect(createHash("sha256").update(body).digest("hex"), file).toBe(shown);
    }
    await context.close();
    const entity = (await (await fetch(`${base}/api/entities/belneftekhim.json`)).json()) as { entity: { id: string } };
    expect(entity.entity.id).toBe("belneftekhim");
    expect((await fetch(`${base}/api/entities/nope.json`)).status).toBe(404);
    expect(((await (await fetch(`${base}/api/report.json`)).json()) as { id: string }).id).toBe("afdr-2010-belarus");
  });

  it("reads and searches without JavaScript", async () => {
    if (!browser) throw new Error("browser did not start");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/read`);
    expect(await page.locator("#p7").textContent()).toContain("Belneftekhim");
    await page.goto(`${base}/search`);
    await page.locator("#q").fill("sanctions");
    await Promise.all([page.waitForURL(/\/search\?q=sanctions/), page.locator("main form button").click()]);
    expect(await page.locator(".results li").count()).toBeGreaterThan(0);
    await page.goto(`${base}/entities`);
    await Promise.all([page.waitForURL(/kind=company/), page.locator('a[href="/entities?kind=company"]').click()]);
    expect(await page.locator("h1").textContent()).toBe("Who’s who: Company");
    await context.close();
  });
});
