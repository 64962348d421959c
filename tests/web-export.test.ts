import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { WEB_DIR } from "./web/server.ts";

// The static export (pnpm --filter @report/web build:export → apps/web/out): every page as a file, no server needed.
const OUT = join(WEB_DIR, "out");
const SCRIPT = join(WEB_DIR, "scripts/build-export.ts");
const read = (path: string) => readFileSync(join(OUT, path), "utf8");

beforeAll(() => {
  // The script keeps the server build in .next intact, so this test can run before or after web-e2e.
  execFileSync(process.execPath, [SCRIPT], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
});

describe("static export", () => {
  it("writes every main page, entity page and a 404 page", () => {
    for (const page of ["index", "read", "entities", "timeline", "actions", "search", "data", "about", "404"])
      expect(existsSync(join(OUT, `${page}.html`)), page).toBe(true);
    expect(read("entities/belneftekhim.html")).toContain("<h1>Belneftekhim</h1>");
    expect(read("cite/p3-s2.html")).toContain("TextPositionSelector");
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
});
