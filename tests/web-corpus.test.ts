import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportDocument } from "@report/data";
import { draftBannerText } from "@report/view";
import { type SiteRoute, siteRoutes } from "@report/web/routes";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureCorpus, DRAFT_ID, ROOT } from "./fixture-corpus.ts";
import { axeChecker } from "./web/axe.ts";
import { launchChromium, linkedHighlight, WEB_DIR, WebServer } from "./web/server.ts";

// The website built for a corpus (REPORT_DATA=corpus.json: the published report and a draft that `pnpm ingest`
// made of a fixture text), once for this file, beside the shared server's build (WEB_DIST_DIR), and served by
// its own production server: the list of documents, each document's whole site, the draft's banner, with and
// without JavaScript, and the same hardening as the published site's. The build goes when the file ends.
const DIST = ".next-corpus";
// `next build` points next-env.d.ts at the folder it builds into: it is pointed back at .next afterwards.
const NEXT_ENV = join(WEB_DIR, "next-env.d.ts");
const SITE_URL = "http://localhost:3000";
const work = mkdtempSync(join(tmpdir(), "report-web-corpus-"));
const DRAFT = `/d/${DRAFT_ID}`;
let corpus = "";
let draft: ReportDocument | undefined;
let server: WebServer | undefined;
let base = "";
let browser: Browser | undefined;
const axe = axeChecker(() => browser);
const accessible = axe.accessible;
let routes: SiteRoute[] = [];

/** `pnpm --filter @report/web build` as a user runs it, with this environment. */
const buildSite = (env: Record<string, string>) =>
  spawnSync("pnpm", ["--filter", "@report/web", "build"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SITE_URL, NEXT_TELEMETRY_DISABLED: "1", WEB_DIST_DIR: DIST, ...env },
  });
const buildId = () => readFileSync(join(WEB_DIR, DIST, "BUILD_ID"), "utf8");

beforeAll(async () => {
  corpus = buildFixtureCorpus(work);
  draft = (JSON.parse(readFileSync(corpus, "utf8")) as ReportDocument[]).find((d) => d.id === DRAFT_ID);
  const build = buildSite({ REPORT_DATA: corpus });
  if (build.status !== 0) throw new Error(`the corpus build failed:\n${build.stdout.slice(-3000)}\n${build.stderr}`);
  routes = siteRoutes(join(WEB_DIR, DIST));
  server = new WebServer({ WEB_DIST_DIR: DIST, REPORT_DATA: corpus });
  base = await server.start();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await axe.close();
  await browser?.close().catch(() => {});
  server?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(WEB_DIR, DIST), { recursive: true, force: true });
  if (existsSync(NEXT_ENV))
    writeFileSync(NEXT_ENV, readFileSync(NEXT_ENV, "utf8").replaceAll(`./${DIST}/`, "./.next/"));
});

const bannerText = () => {
  const text = draft && draftBannerText(draft);
  if (!text) throw new Error("the fixture is not a draft");
  // The page sets the label in a box of its own: "Draft" then the parts.
  return text.replace(/^Draft: /, "Draft ");
};
const page = (route: SiteRoute) => route.kind === "page";
const draftPages = () => routes.filter((r) => page(r) && r.path.startsWith(`${DRAFT}`)).map((r) => r.path);
const publishedPages = () => routes.filter((r) => page(r) && !r.path.startsWith("/d/") && r.path !== "/documents");

describe("the build of a corpus", () => {
  it("has the list of documents, and the whole site again for the draft under /d/<id>/", () => {
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toContain("/documents");
    for (const p of ["", "/read", "/events", "/sanctions", "/timeline", "/entities", "/entities/[id]", "/search"])
      expect(patterns, p).toContain(`/d/[doc]${p}`);
    for (const p of ["/cite/[id]", "/data", "/api/report.json", "/downloads/[...path]"])
      expect(patterns, p).toContain(`/d/[doc]${p}`);
    expect(draftPages().length).toBeGreaterThan(8);
    // The published report keeps its own addresses (the default document); /d/<its id>/ is nothing.
    expect(routes.find((r) => r.pattern === "/read")?.path).toBe("/read");
  });

  it("shows the draft's banner on every page of the draft, and none on the published report's", async () => {
    const expected = bannerText();
    expect(expected).toMatch(
      /^Draft 5 of 9 sentences quoted by a record \(55\.6%\) · \d+ records to confirm · not yet published$/,
    );
    for (const path of draftPages()) {
      const html = await (await fetch(base + path)).text();
      const banner = /<aside class="draft-banner"[^>]*><p>([\s\S]*?)<\/p><\/aside>/.exec(html)?.[1] ?? "";
      expect(banner.replace(/<[^>]+>/g, "").replace(/<!-- -->/g, ""), path).toBe(expected);
      expect(html, path).toContain('<meta name="robots" content="noindex, follow"/>');
    }
    // The stylesheet, inlined in every page, names the class: the element is what must be absent.
    for (const r of publishedPages())
      expect(await (await fetch(base + r.path)).text(), r.path).not.toContain('<aside class="draft-banner"');
  });

  it("answers an address of no document with the 404 page", async () => {
    for (const path of ["/d/no-such-document/read", "/d/afdr-2010-belarus/read", `${DRAFT}/entities/no-such-entity`])
      expect((await fetch(base + path)).status, path).toBe(404);
  });
});

for (const js of [true, false]) {
  describe(`a curator ${js ? "with" : "without"} JavaScript`, () => {
    it("picks the draft from the list of documents, reads it under its banner, and comes back to the report", async () => {
      if (!browser) throw new Error("browser did not start");
      const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      const go = async (url: RegExp, link: ReturnType<Page["locator"]>) => {
        await Promise.all([p.waitForURL(url), link.click()]);
        await accessible(p, js);
      };
      try {
        await p.goto(`${base}/documents`);
        await accessible(p, js);
        expect(await p.locator("h1").textContent()).toBe("Documents");
        const cards = p.locator(".document-card");
        expect(await cards.count()).toBe(2);
        const facts = async (i: number) =>
          (await cards.nth(i).locator(".card-facts > div").allTextContents()).map((t) => t.replace(/\s+/g, " "));
        expect(await cards.nth(0).locator("h2").textContent()).toBe(
          "Advancing Freedom and Democracy Reports 2010: Belarus",
        );
        expect(await facts(0)).toEqual([
          "CountryBelarus",
          "Edition2010 edition",
          "StatusPublished",
          "Coverage28 of 28 sentences quoted by a record (100%)",
        ]);
        expect(await cards.nth(1).locator("h2").textContent()).toBe(`${DRAFT_ID} (title to fill in)`);
        expect(await facts(1)).toEqual([
          "CountryArmenia",
          "Editionedition to fill in",
          expect.stringMatching(/^StatusDraft, \d+ records to confirm$/),
          "Coverage5 of 9 sentences quoted by a record (55.6%)",
        ]);
        // The draft: its home, then its reader, the banner on each.
        await go(new RegExp(`${DRAFT}$`), cards.nth(1).locator("h2 a"));
        expect(await p.locator(".draft-banner").textContent()).toBe(bannerText());
        expect(await p.locator("h1").textContent()).toBe("What the U.S. did in Armenia");
        await go(new RegExp(`${DRAFT}/read$`), p.locator(".site-nav a", { hasText: "Read" }));
        expect(await p.locator(".draft-banner").textContent()).toBe(bannerText());
        expect(await p.locator("h1").textContent()).toBe(`${DRAFT_ID} (title to fill in)`);
        expect(await p.locator("#p1-s2").textContent()).toBe(
          "The fixture's invented embassy staff visited three regional libraries.",
        );
        // Its search finds its own words, not the report's.
        await p.locator("#header-q").fill("libraries");
        await Promise.all([p.waitForURL(/\/search\?q=libraries$/), p.locator("#header-q").press("Enter")]);
        expect(new URL(p.url()).pathname).toBe(`${DRAFT}/search`);
        expect(await p.locator(".results .hit-title a").first().getAttribute("href")).toBe(`${DRAFT}/read#p1-s2`);
        // Back to the list, then the published report: where it always was, with no banner.
        await go(/\/documents$/, p.locator(".site-documents"));
        await go(/\/$/, cards.nth(0).locator("h2 a"));
        expect(await p.locator(".draft-banner").count()).toBe(0);
        expect(await p.locator("h1").textContent()).toBe("What the U.S. did in Belarus in 2009");
        await go(/\/read$/, p.locator(".site-nav a", { hasText: "Read" }));
        expect(new URL(p.url()).pathname).toBe("/read");
        expect(await p.locator(".draft-banner").count()).toBe(0);
        expect(await p.locator(".site-documents").getAttribute("href")).toBe("/documents");
      } finally {
        await context.close();
      }
    });
  });
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? "") && !/type="application\/ld\+json"/.test(m[1] ?? ""))
    .map((m) => m[2] ?? "");
const scriptSrc = (res: Response) =>
  /script-src ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1]?.split(" ") ?? [];

describe("the draft's pages keep the published site's hardening", () => {
  it("serves every prerendered page from Next's cache under a CSP of its inline scripts' hashes, whatever the query", async () => {
    const hl = (await linkedHighlight(base, draftPages(), DRAFT)).split("#")[0] ?? "";
    expect(hl).toMatch(new RegExp(`^${DRAFT}/read\\?hl=\\d+-\\d+$`));
    const statics = [
      ...routes.filter((r) => page(r) && r.prerendered).map((r) => r.path),
      `${DRAFT}/events?type=meet`,
      `${DRAFT}/events?type=<script>`,
      `${DRAFT}/entities?kind=country`,
      `${DRAFT}/entities?kind=no-such-kind`,
      hl,
    ];
    for (const path of statics) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-nextjs-cache"), path).toBe("HIT");
      const sources = scriptSrc(res);
      expect(
        sources.some((s) => s.startsWith("'nonce-") || s === "'unsafe-inline'"),
        path,
      ).toBe(false);
      for (const body of inlineScripts(await res.text())) expect(sources, path).toContain(`'sha256-${sha256(body)}'`);
    }
    // A highlight no page links to goes to the clean reader of the same document.
    const wrong = await fetch(`${base}${DRAFT}/read?hl=1-2`, { redirect: "manual" });
    expect([wrong.status, wrong.headers.get("location")]).toEqual([307, `${DRAFT}/read`]);
    // Search renders per request, with a nonce.
    const search = await fetch(`${base}${DRAFT}/search?q=libraries`);
    expect(scriptSrc(search).some((s) => s.startsWith("'nonce-"))).toBe(true);
  });

  it("serves the draft's data with CORS, validators and ranges, and its downloads byte for byte", async () => {
    const api = await fetch(`${base}${DRAFT}/api/report.json`);
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect(api.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    expect(((await api.json()) as ReportDocument).id).toBe(DRAFT_ID);
    const etag = api.headers.get("etag") ?? "";
    expect((await fetch(`${base}${DRAFT}/api/report.json`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const preflight = await fetch(`${base}${DRAFT}/downloads/source.txt`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    const source = await fetch(`${base}${DRAFT}/downloads/source.txt`);
    expect(await source.text()).toBe(draft?.source.text);
    const part = await fetch(`${base}${DRAFT}/downloads/source.txt`, { headers: { range: "bytes=0-9" } });
    expect([part.status, await part.text()]).toEqual([206, draft?.source.text.slice(0, 10)]);
    const missing = await fetch(`${base}${DRAFT}/api/entities/nope.json`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toContain(`${DRAFT}/api/report.json`);
  });

  it("writes its absolute URLs with SITE_URL, keeps the draft out of the sitemap, and search out of robots.txt", async () => {
    const reader = await (await fetch(`${base}${DRAFT}/read`)).text();
    expect(reader).toContain(`<link rel="canonical" href="${SITE_URL}${DRAFT}/read"/>`);
    const cite = await (await fetch(`${base}${DRAFT}/cite/p1-s2`)).text();
    expect(cite).toContain(`${SITE_URL}${DRAFT}/read#p1-s2`);
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}/documents</loc>`);
    expect(sitemap).toContain(`<loc>${SITE_URL}/read</loc>`);
    expect(sitemap).not.toContain(DRAFT);
    expect(await (await fetch(`${base}/robots.txt`)).text()).toContain(`Disallow: ${DRAFT}/search`);
  });
});

describe("REPORT_DATA that is not a document", () => {
  it("stops the build with one line naming the file, and leaves the previous build as it was", () => {
    const before = buildId();
    const bad = join(work, "bad.json");
    writeFileSync(bad, JSON.stringify([{ id: "x" }]));
    const r = buildSite({ REPORT_DATA: bad });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.split("\n").filter((l) => l.includes("REPORT_DATA"));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^@report/web: REPORT_DATA '${bad}' is not a valid corpus: document 1 \\('x'\\): `),
      ),
    ]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
    expect(buildId()).toBe(before);
  });

  it("is refused by a server built for other data, in one line", () => {
    const r = spawnSync(process.execPath, [join(WEB_DIR, "server.ts"), "--port", "0"], {
      cwd: WEB_DIR,
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, NODE_ENV: "production", WEB_DIST_DIR: DIST, REPORT_DATA: join(work, "other.json") },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `server.ts: this build is of REPORT_DATA '${corpus}', not REPORT_DATA '${join(work, "other.json")}': build it first (REPORT_DATA=<report.json or corpus.json> pnpm --filter @report/web build)`,
    );
  });
});
