import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSiteUrl } from "../lib/site-url.ts";

const app = fileURLToPath(new URL("..", import.meta.url));

describe("SITE_URL", () => {
  it("is the site's origin, normalised", () => {
    expect(parseSiteUrl("https://Belarus-2010.Data.test/")).toEqual({
      ok: true,
      url: "https://belarus-2010.data.test",
    });
    expect(parseSiteUrl("http://localhost:3000")).toEqual({ ok: true, url: "http://localhost:3000" });
  });

  it("says what is wrong with a missing or unusable value", () => {
    const problem = (v: string | undefined) => {
      const r = parseSiteUrl(v);
      return r.ok ? "" : r.problem;
    };
    expect(problem(undefined)).toMatch(/^SITE_URL is not set: a production build needs the site's public origin/);
    expect(problem("report.test")).toMatch(/^SITE_URL 'report.test' is not an absolute URL/);
    expect(problem("ftp://report.test")).toMatch(/must start with https:\/\/ or http:\/\//);
    expect(problem("https://report.test/belarus")).toMatch(/must be an origin only/);
  });

  // Both production builds (the server build's package script, and the static export) stop before building.
  for (const [name, script] of [
    ["pnpm build", "scripts/require-site-url.ts"],
    ["the static export", "scripts/build-export.ts"],
  ] as const)
    it(`${name} without it fails with a one-line reason`, () => {
      const env = { ...process.env };
      delete env.SITE_URL;
      const r = spawnSync(process.execPath, [script], { cwd: app, env, encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^@report\/web: SITE_URL is not set: [^\n]+\n$/);
    });
});
