import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { noticeSections, packagesInSourceMaps } from "./tui/bundle-graph.ts";

// Installs the packed CLI (with the packed data package it depends on) outside the workspace and runs `report`.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let project = "";
/** The same build of the CLI, with source maps: what the bundler says its code is made of. */
let mapped = "";

function pack(dir: string, into: string): string {
  execFileSync("pnpm", ["pack", "--pack-destination", into], { cwd: join(root, dir), stdio: "pipe" });
  const name = readdirSync(into).find((f) => f.startsWith(dir.includes("tui") ? "report-tui" : "report-data"));
  if (!name) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
  return join(into, name);
}

const report = (...args: string[]) =>
  execFileSync(join(project, "node_modules/.bin/report"), args, {
    cwd: project,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), "report-tui-pack-"));
  const data = pack("packages/data", packs);
  const tui = pack("apps/tui", packs);
  project = mkdtempSync(join(tmpdir(), "report-tui-user-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", data, tui], {
    cwd: project,
    stdio: "pipe",
  });
  mapped = mkdtempSync(join(tmpdir(), "report-tui-mapped-"));
  execFileSync("pnpm", ["exec", "tsdown", "--out-dir", mapped, "--sourcemap", "--log-level", "error"], {
    cwd: join(root, "apps/tui"),
    stdio: "pipe",
  });
}, 240_000);

describe("the packed 'report' CLI, installed with npm", () => {
  it("prints its version", () => {
    expect(report("--version")).toMatch(/^report \d+\.\d+\.\d+ \(@report\/tui\)\n@report\/data \d+\.\d+\.\d+ /);
  });

  it("shows an entity with its evidence", () => {
    const out = report("show", "belneftekhim");
    expect(out).toMatch(/^Belneftekhim/);
    expect(out).toContain("state-owned petrochemical conglomerate Belneftekhim");
  });

  it("searches", () => {
    expect(report("search", "Belneftekhim")).toMatch(/Belneftekhim/);
  });
});

describe("the packed CLI's third-party notices", () => {
  const installed = () => join(project, "node_modules/@report/tui/dist");
  const notices = () => readFileSync(join(installed(), "THIRD-PARTY-NOTICES.txt"), "utf8");
  const code = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\n?$/, "")]);

  it("describe the code that was packed: the source-mapped build is the same bundle", () => {
    expect(code(mapped)).toEqual(code(installed()));
    expect(readFileSync(join(mapped, "THIRD-PARTY-NOTICES.txt"), "utf8")).toBe(notices());
  });

  it("list exactly the packages the source maps say the bundle holds code of, each with its licence", () => {
    const bundled = packagesInSourceMaps(mapped);
    // The graph is read, not assumed: these are among the packages the CLI is known to bundle.
    for (const name of ["ink", "react", "yoga-layout", "cac", "citeproc", "@citation-js/core"])
      expect([...bundled.values()].map((p) => p.name)).toContain(name);

    const index = [...notices().matchAll(/^ {2}(\S+) (\S+) {2}\((.+)\)$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(index).toEqual([...bundled.values()].map((p) => `${p.name} ${p.version} ${p.license}`).sort());
    expect(notices()).toContain(`Packages (${bundled.size}):`);

    const sections = noticeSections(notices());
    expect([...sections.keys()].sort()).toEqual([...bundled.keys()].sort());
    for (const [key, pkg] of bundled) {
      const section = sections.get(key);
      expect(section?.license, key).toBe(pkg.license);
      if (pkg.licenseText) expect(section?.body, key).toContain(pkg.licenseText.trim());
      else expect(section?.body, key).toContain(`${key} ships no licence file`);
      if (pkg.noticeText) expect(section?.body, key).toContain(pkg.noticeText.trim());
    }
  });

  it("carry citeproc's dual CPAL/AGPL licence in full", () => {
    const citeproc = [...noticeSections(notices())].find(([key]) => key.startsWith("citeproc "));
    expect(citeproc?.[1].license).toBe("CPAL-1.0 OR AGPL-1.0");
    expect(citeproc?.[1].body).toContain("Common Public Attribution License (CPAL)");
    expect(citeproc?.[1].body).toContain("GNU Affero General Public License (AGPL)");
  });
});
