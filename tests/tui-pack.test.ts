import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// Installs the packed CLI (with the packed data package it depends on) outside the workspace and runs `report`.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let project = "";

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
