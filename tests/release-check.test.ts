import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `pnpm release` by hand first runs tools/release-check.mts: it must refuse what would publish a broken version.
const check = join(dirname(fileURLToPath(import.meta.url)), "../tools/release-check.mts");

function workspace(opts: { pending?: boolean; built?: boolean; dataVersion?: string }): string {
  const root = mkdtempSync(join(tmpdir(), "release-check-"));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(".changeset/README.md", "# Changesets\n");
  if (opts.pending) write(".changeset/fix.md", '---\n"@report/data": patch\n---\n\nA fix.\n');
  write("packages/data/package.json", JSON.stringify({ name: "@report/data", version: "1.0.0" }));
  if (opts.built !== false) {
    for (const f of ["dist/index.js", "dist/index.cjs", "dist/schema.js"]) write(`packages/data/${f}`, "");
    for (const f of ["dist/cli.js", "dist/THIRD-PARTY-NOTICES.txt"]) write(`apps/tui/${f}`, "");
  }
  write("packages/data/data/report.json", JSON.stringify({ dataVersion: opts.dataVersion ?? "1.0.0" }));
  return root;
}
const run = (root: string) => spawnSync(process.execPath, [check, "--root", root], { encoding: "utf8" });

describe("the check before a release by hand", () => {
  it("lets a built workspace with no pending changeset through", () => {
    const r = run(workspace({}));
    expect([r.status, r.stderr]).toEqual([0, ""]);
  });

  it("refuses pending changesets: their versions and notes would be missing", () => {
    const r = run(workspace({ pending: true }));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "release: 1 changeset(s) still pending (fix.md): run pnpm version-packages and commit first\nrelease: nothing was published\n",
    );
  });

  it("refuses packages that were not built, and data built for another version", () => {
    const r = run(workspace({ built: false, dataVersion: "0.1.0" }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "release: packages/data is not built (dist/index.js, dist/index.cjs, dist/schema.js missing): run pnpm build first",
    );
    expect(r.stderr).toContain("release: apps/tui is not built (dist/cli.js, dist/THIRD-PARTY-NOTICES.txt missing)");
    expect(r.stderr).toContain("dataVersion 0.1.0, the package is 1.0.0: run pnpm data");
  });
});
