#!/usr/bin/env node
// Runs before `pnpm release` publishes by hand: a release never goes out with changesets still pending (their
// versions and notes would be missing) or with a package that was not built (its tarball would have no code).
// CI's publish job is guarded the same way by changesets' select-mode and its build-and-pack job.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const USAGE = "usage: node tools/release-check.mts [--root DIR]";
/** What a published package must hold before it is packed, relative to its folder. */
const BUILT: Record<string, string[]> = {
  "packages/data": ["dist/index.js", "dist/index.cjs", "dist/schema.js", "data/report.json"],
  // The CLI bundles third-party code: its tarball must carry their licences.
  "apps/tui": ["dist/cli.js", "dist/THIRD-PARTY-NOTICES.txt"],
};

function problems(root: string): string[] {
  const found: string[] = [];
  const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
  if (pending.length > 0)
    found.push(
      `${pending.length} changeset(s) still pending (${pending.join(", ")}): run pnpm version-packages and commit first`,
    );
  for (const [dir, files] of Object.entries(BUILT)) {
    const missing = files.filter((f) => !existsSync(join(root, dir, f)));
    if (missing.length > 0) found.push(`${dir} is not built (${missing.join(", ")} missing): run pnpm build first`);
  }
  const pkg = JSON.parse(readFileSync(join(root, "packages/data/package.json"), "utf8")) as { version: string };
  const data = join(root, "packages/data/data/report.json");
  if (existsSync(data)) {
    const { dataVersion } = JSON.parse(readFileSync(data, "utf8")) as { dataVersion: string };
    if (dataVersion !== pkg.version)
      found.push(
        `packages/data/data/report.json says dataVersion ${dataVersion}, the package is ${pkg.version}: run pnpm data`,
      );
  }
  return found;
}

try {
  const { values } = parseArgs({ options: { root: { type: "string" } } });
  const found = problems(values.root ?? process.cwd());
  if (found.length > 0) {
    for (const p of found) console.error(`release: ${p}`);
    console.error("release: nothing was published");
    process.exit(1);
  }
} catch (error) {
  console.error(`release-check: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
