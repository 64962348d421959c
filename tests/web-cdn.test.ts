import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Header, parseAllHeaders } from "@netlify/headers-parser";
import { report } from "@report/data";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, launchChromium, WEB_DIR, WebServer } from "./web/server.ts";

// The static export as a CDN serves it: files from out/, with the headers its `_headers` file asks for, parsed by
// Netlify's own parser. Compared, route for route, with what `next start` sends.
const OUT = join(WEB_DIR, "out");
const SITE = "https://cdn-export.test"; // the export's own SITE_URL, so every absolute URL can be traced to it
const SHARED = [
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "strict-transport-security",
  "cross-origin-opener-policy",
  "x-frame-options",
];
/** Same-origin on pages, cross-origin (with CORS) on the public data: set per path, so not on an unknown address. */
const PER_PATH = ["cross-origin-resource-policy", "access-control-allow-origin"];
/** Pages keep the host's own caching; the public data says how long it may be kept, on any host. */
const DATA_ONLY = ["cache-control", "vary", "access-control-expose-headers"];
const isData = (route: string) => route.startsWith("/api/") || route.startsWith("/downloads/");
const FILE_HEADERS = ["content-type", "content-disposition", "digest"];

type ServeHandler = (req: IncomingMessage, res: ServerResponse, options: object) => Promise<void>;
const serveHandler = createRequire(join(WEB_DIR, "package.json"))("serve-handler") as ServeHandler;
const next = new WebServer();
let host: Server | undefined;
let browser: Browser | undefined;
let cdn = "";
let origin = "";
let rules: Header[] = [];
const conflicts: string[] = [];

/** A static host applying `_headers`: every matching rule's headers, which win over the file server's own. */
function headersHost(): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const set = new Map<string, string>();
    for (const rule of rules.filter((r) => r.forRegExp.test(path)))
      for (const [name, value] of Object.entries(rule.values)) {
        // Hosts disagree on a header set by two rules (Cloudflare joins them): the file must never do it.
        if (set.has(name.toLowerCase())) conflicts.push(`${path}: ${name} set by two rules`);
        set.set(name.toLowerCase(), value);
      }
    for (const [name, value] of set) res.setHeader(name, value);
    // serve-handler's own Content-Disposition on every file is not what a CDN sends.
    const own = res.setHeader.bind(res);
    res.setHeader = (name: string, value: number | string | readonly string[]) =>
      set.has(name.toLowerCase()) || name.toLowerCase() === "content-disposition" ? res : own(name, value);
    void serveHandler(req, res, { public: OUT, cleanUrls: true, directoryListing: false });
  });
}

beforeAll(async () => {
  execFileSync(process.execPath, [join(WEB_DIR, "scripts/build-export.ts")], {
    cwd: WEB_DIR,
    env: { ...process.env, SITE_URL: SITE, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  const parsed = await parseAllHeaders({ headersFiles: [join(OUT, "_headers")], configHeaders: [], minimal: false });
  expect(parsed.errors).toEqual([]);
  rules = parsed.headers as Header[];
  host = headersHost();
  const port = await freePort();
  await new Promise<void>((resolve) => host?.listen(port, "127.0.0.1", resolve));
  cdn = `http://127.0.0.1:${port}`;
  origin = await next.start();
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  host?.close();
  next.stop();
  await browser?.close().catch(() => {});
});

const read = (path: string) => readFileSync(join(OUT, path), "utf8");
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? "") && !/type="application\/ld\+json"/.test(m[1] ?? ""))
    .map((m) => `'sha256-${sha256(m[2] ?? "")}'`);
/** A CSP without its hash and nonce sources: the policy itself, the same for every build. */
const policy = (csp: string | null) => (csp ?? "").replace(/ '(sha256|nonce)-[^']+'/g, "");
const scriptSources = (csp: string | null) => /script-src ([^;]*)/.exec(csp ?? "")?.[1]?.split(" ") ?? [];
const pageRoutes = () => rules.filter((r) => r.values["Content-Type"]?.startsWith("text/html")).map((r) => r.for);

async function compare(route: string) {
  const [a, b] = await Promise.all([fetch(cdn + route), fetch(origin + route)]);
  expect(a.status, route).toBe(b.status);
  for (const name of [...SHARED, ...PER_PATH, ...FILE_HEADERS, ...(isData(route) ? DATA_ONLY : [])])
    expect(a.headers.get(name)?.toLowerCase(), `${route} ${name}`).toBe(b.headers.get(name)?.toLowerCase());
  expect(policy(a.headers.get("content-security-policy")), `${route} CSP`).toBe(
    policy(b.headers.get("content-security-policy")),
  );
  return { cdn: a, next: b };
}

describe("the static export's _headers, served as a CDN would", () => {
  it("has one rule per page and never sets a header from two rules that match one address", async () => {
    // At least a page per entity, and a cite page per paragraph and per sentence.
    const { paragraphs, sentences } = report.structure;
    expect(pageRoutes().length).toBeGreaterThan(report.entities.length + paragraphs.length + sentences.length);
    for (const route of [...pageRoutes(), "/_next/static/x.js", "/downloads/csv/relations.csv", "/api/report.json"])
      await fetch(cdn + route);
    expect(conflicts).toEqual([]);
  });

  it("sends every page the same headers as next start, its CSP allowing exactly its own inline scripts", async () => {
    for (const route of pageRoutes()) {
      const { cdn: res } = await compare(route);
      const html = await res.text();
      const csp = res.headers.get("content-security-policy");
      expect(
        scriptSources(csp)
          .filter((s) => s.startsWith("'sha256-"))
          .sort(),
        route,
      ).toEqual([...new Set(inlineScriptHashes(html))].sort());
    }
  }, 120_000);

  it("sends files, data downloads and the OG image with next start's content types and headers", async () => {
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(read("index.html"))?.[1];
    const js = /src="(\/_next\/static\/[^"]+\.js)"/.exec(read("index.html"))?.[1];
    const downloads = rules
      .filter((r) => r.values["Content-Disposition"] && r.for.startsWith("/downloads/"))
      .map((r) => r.for);
    // Every file the data page lists: the five top-level files and each CSV table of @report/data.
    const data = dirname(createRequire(import.meta.url).resolve("@report/data/report.json"));
    expect(downloads.length).toBe(5 + readdirSync(join(data, "csv")).filter((f) => f.endsWith(".csv")).length);
    expect(downloads).toContain("/downloads/entities.ftm.json");
    const files = [
      "/robots.txt",
      "/sitemap.xml",
      "/icon.svg",
      "/opengraph-image",
      "/api/report.json",
      "/cite/p3-s2/citation.bib",
      "/cite/intro/citation.ris",
    ];
    for (const route of [...files, "/api/entities/belneftekhim.json", ...downloads, css ?? "", js ?? ""])
      await compare(route);
    const og = await fetch(`${cdn}/opengraph-image`);
    expect(og.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await og.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    const asset = await compare(css ?? "");
    expect(asset.cdn.headers.get("cache-control")).toBe(asset.next.headers.get("cache-control"));
  });

  it("answers an unknown address with the 404 page and the shared security headers", async () => {
    const res = await fetch(`${cdn}/no-such-page`);
    expect(res.status).toBe(404);
    for (const name of SHARED) expect(res.headers.get(name), name).toBeTruthy();
    expect(await res.text()).toContain("Page not found");
  });

  it("runs the pages' scripts in Chromium from the static host with no CSP violation", async () => {
    if (!browser) throw new Error("browser did not start");
    for (const route of ["/", "/read", "/entities/belneftekhim", "/cite/p3-s2", "/timeline"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(cdn + route, { waitUntil: "load" });
      await page.waitForFunction(() => "__next_f" in self, undefined, { timeout: 5000 });
      expect(errors, route).toEqual([]);
      await context.close();
    }
  }, 120_000);
});

describe("SITE_URL sets every absolute URL", () => {
  it("the export points canonical links, the sitemap, robots.txt, Open Graph, JSON-LD and citations at SITE_URL", () => {
    expect(read("about.html")).toContain(`<link rel="canonical" href="${SITE}/about"/>`);
    expect(read("index.html")).toContain(`<meta property="og:image" content="${SITE}/opengraph-image"/>`);
    expect(read("index.html")).toContain(`"url":"${SITE}/read"`); // JSON-LD
    expect(read("cite/p3-s2.html")).toContain(`${SITE}/read#p3-s2`);
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    const locs = [...read("sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs.length).toBeGreaterThanOrEqual(report.entities.length + report.structure.paragraphs.length);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`), loc).toBe(true);
    for (const page of ["index.html", "about.html", "cite/p3-s2.html", "sitemap.xml", "entities/belarus.html"])
      expect(read(page), page).not.toMatch(/localhost/);
  });

  it("no placeholder host is left anywhere in the repository", () => {
    const placeholder = ["example", "org"].join(".");
    const root = join(WEB_DIR, "../..");
    const grep = spawnSync("git", ["grep", "-l", "--fixed-strings", placeholder], { cwd: root, encoding: "utf8" });
    expect(grep.status, grep.stderr).toBe(1); // git grep: 1 is "no match"
    expect(grep.stdout).toBe("");
  });
});
