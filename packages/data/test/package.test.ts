import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { packageRoot } from "./helpers.ts";

describe("the published tarball", () => {
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json"], {
      cwd: packageRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { size: number; files: { path: string }[] }[];

  // 1.0 ships the data four ways (inlined in the module, report.json, CSV tables, FollowTheMoney
  // lines), the types, the JSON Schema and the 0.1 -> 1.0 migration map: 200 KB gzipped at most.
  it("stays within its 200 KB budget", () => {
    expect(pack?.size).toBeLessThanOrEqual(200 * 1024);
  });

  it("ships the built code, the data files, the README and the changelog, and no authoring sources", () => {
    const paths = pack?.files.map((f) => f.path) ?? [];
    for (const p of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/schema.js", "data/report.json"])
      expect(paths).toContain(p);
    for (const p of [
      "data/schema.json",
      "data/datapackage.json",
      "data/source.txt",
      "data/entities.ftm.json",
      "data/csv/events.csv",
      "migrations/0.1-to-1.0.json",
      "README.md",
      "CHANGELOG.md",
    ])
      expect(paths).toContain(p);
    expect(paths.filter((p) => p.startsWith("content/") || p.startsWith("scripts/") || p.startsWith("test/"))).toEqual(
      [],
    );
  });
});
