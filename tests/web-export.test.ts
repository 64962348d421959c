import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, WEB_DIR } from "./web/server.ts";

// The static export (pnpm --filter @report/web build:export → apps/web/out): every page as a file, no server needed.
const OUT = join(WEB_DIR, "out");
const SCRIPT = join(WEB_DIR, "scripts/build-export.ts");
const read = (path: string) => readFileSync(join(OUT, path), "utf8");

// serve-handler (the handler of Vercel's `serve`) is a plain static host: files, clean URLs, 404.html.
type ServeHandler = (req: IncomingMessage, res: ServerResponse, options: object) => Promise<void>;
const serveHandler = createRequire(join(WEB_DIR, "package.json"))("serve-handler") as ServeHandler;
let host: Server | undefined;
let base = "";

beforeAll(() => {
  // The script keeps the server build in .next intact, so this test can run before or after web-e2e.
  execFileSync(process.execPath, [SCRIPT], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
});

afterAll(() => host?.close());

async function serveOut(): Promise<string> {
  if (base) return base;
  const port = await freePort();
  host = createServer((req, res) => {
    void serveHandler(req, res, {
      public: OUT,
      cleanUrls: true,
      headers: [{ source: "opengraph-image", headers: [{ key: "Content-Type", value: "image/png" }] }],
    });
  });
  await new Promise<void>((resolve) => host?.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${port}`;
  return base;
}

describe("static export", () => {
  it("writes every main page, entity page and a 404 page", () => {
    for (const page of ["index", "read", "read/mentions", "entities", "timeline", "events", "sanctions", "strategy"])
      expect(existsSync(join(OUT, `${page}.html`)), page).toBe(true);
    for (const page of ["search", "data", "about", "404"])
      expect(existsSync(join(OUT, `${page}.html`)), page).toBe(true);
    expect(read("entities/belneftekhim.html")).toContain("<h1>Belneftekhim</h1>");
    expect(read("cite/p3-s2.html")).toContain("TextPositionSelector");
  });

  it("writes each passage's citation files and the old addresses' redirects", () => {
    expect(read("cite/p3-s2/citation.bib")).toMatch(/^@techreport\{afdr_2010_belarus_p3_s2,/);
    expect(read("cite/p3-s2/citation.ris")).toMatch(/^TY {2}- RPRT/);
    expect(read("_redirects")).toBe("/actions /events 308\n");
  });

  it("writes the JSON API, the downloads, sitemap.xml and robots.txt", () => {
    expect(JSON.parse(read("api/entities/belneftekhim.json")).entity.id).toBe("belneftekhim");
    expect(JSON.parse(read("api/report.json")).id).toBe("afdr-2010-belarus");
    expect(existsSync(join(OUT, "downloads/source.txt"))).toBe(true);
    expect(read("sitemap.xml")).toContain("/entities/belneftekhim");
    expect(read("robots.txt")).toContain("Sitemap:");
  });

  it("says search needs the server instead of showing nothing", () => {
    expect(read("search.html")).toContain("search results need the server");
  });

  it("serves from a plain static file server: main pages, files, the OG image and a real 404", async () => {
    const url = await serveOut();
    const pages: [string, string][] = [
      ["/", "Advancing Freedom and Democracy Reports 2010: Belarus"],
      ["/read", 'id="p3-s2"'],
      ["/entities", "<h1>Who’s who</h1>"],
      ["/entities/belneftekhim", "<h1>Belneftekhim</h1>"],
      ["/timeline", "<h1>Timeline</h1>"],
      ["/events", "<h1>Events</h1>"],
      ["/sanctions", "The suspension was extended in November 2009"],
      ["/strategy", "with three priority areas"],
      ["/data", "<h1>Data</h1>"],
      ["/about", "<h1>About this data</h1>"],
      ["/cite/p3-s2", "TextPositionSelector"],
    ];
    for (const [path, text] of pages) {
      const res = await fetch(url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(await res.text(), path).toContain(text);
    }
    const og = await fetch(`${url}/opengraph-image`);
    expect(og.status).toBe(200);
    expect(
      Buffer.from(await og.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect((await fetch(`${url}/api/report.json`)).headers.get("content-type")).toMatch(/json/);
    const missing = await fetch(`${url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });
});
