import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Registry, startVerdaccio } from "./registry/verdaccio.ts";
import { copyWorkspace } from "./registry/workspace-copy.ts";

// The release path end to end, against a real registry (Verdaccio on loopback): `changeset version` on a
// throwaway copy of the workspace, the build, `pnpm release`, then an npm install by name in a clean project.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin/tsc");
const PUBLIC = ["@report/data", "@report/tui"] as const;
const PRIVATE = ["@report/web", "@report/search", "@report/bench", "@report/tests"];

let registry: Registry | undefined;
let work = "";
let project = "";
let firstRelease = { status: -1 as number | null, output: "" };
const versions: Record<string, string> = {};

/** Runs a command the way a maintainer would, with npm and pnpm settings only from the files under `cwd`. */
function sh(cwd: string, file: string, args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_config_/i.test(k)));
  const res = spawnSync(file, args, { cwd, encoding: "utf8", env: { ...clean, CI: "1", ...env } });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}
const must = (cwd: string, file: string, args: string[]) => {
  const res = sh(cwd, file, args);
  if (res.status !== 0) throw new Error(`${file} ${args.join(" ")} failed (${res.status}):\n${res.output}`);
  return res.output;
};
const packument = async (name: string) => fetch(`${registry?.url}${name.replace("/", "%2f")}`);
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(work, dir, "package.json"), "utf8")) as { version: string };

beforeAll(async () => {
  registry = await startVerdaccio();
  work = mkdtempSync(join(tmpdir(), "report-release-"));
  copyWorkspace(root, work);
  // A maintainer's next change, so there is always something to version (changeset version fails on nothing).
  writeFileSync(
    join(work, ".changeset/release-test.md"),
    '---\n"@report/data": patch\n"@report/tui": patch\n---\n\nA change to release.\n',
  );
  // What the release workflow does: version (a pull request), then build and publish what is not on the registry.
  must(work, "pnpm", ["run", "version-packages"]);
  must(work, "pnpm", ["--filter", "@report/data", "--filter", "@report/tui", "run", "build"]);
  versions["@report/data"] = manifest("packages/data").version;
  versions["@report/tui"] = manifest("apps/tui").version;
  // The registry and its token come from the project's .npmrc, as a maintainer would configure them.
  writeFileSync(join(work, ".npmrc"), `registry=${registry.url}\n${registry.authLine}\n`);
  firstRelease = sh(work, "pnpm", ["release"]);

  project = mkdtempSync(join(tmpdir(), "report-release-user-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
  // Only the @report scope comes from the test registry; zod and the rest from the registry npm is set up for.
  writeFileSync(join(project, ".npmrc"), `@report:registry=${registry.url}\n`);
  if (firstRelease.status === 0)
    must(project, "npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...PUBLIC.map((name) => `${name}@${versions[name]}`),
    ]);
}, 600_000);

afterAll(() => registry?.stop());

describe("pnpm release against a real registry (Verdaccio)", () => {
  it("publishes every public package at its new version, and no private one", async () => {
    expect(firstRelease.status, firstRelease.output).toBe(0);
    for (const name of PUBLIC) {
      const doc = (await (await packument(name)).json()) as { versions: Record<string, unknown> };
      expect(Object.keys(doc.versions), name).toEqual([versions[name]]);
    }
    for (const name of PRIVATE) expect((await packument(name)).status, name).toBe(404);
  });

  it("puts no catalog: or workspace: protocol in any published manifest", async () => {
    for (const name of PUBLIC) expect(await (await packument(name)).text(), name).not.toMatch(/catalog:|workspace:/);
    const tui = (await (await packument("@report/tui")).json()) as {
      versions: Record<string, { dependencies: Record<string, string> }>;
    };
    const tuiVersion = versions["@report/tui"] ?? "";
    expect(tui.versions[tuiVersion]?.dependencies).toEqual({ "@report/data": `^${versions["@report/data"]}` });
  });

  it("installs by name with npm in a clean project: import, require and types work", () => {
    const esm = must(project, process.execPath, [
      "--input-type=module",
      "-e",
      `import { report, getEntity } from "@report/data";
       import { parseReport } from "@report/data/schema";
       console.log(JSON.stringify({ version: report.dataVersion, valid: parseReport(report).id, e: getEntity("belarus")?.id }));`,
    ]);
    expect(JSON.parse(esm)).toEqual({ version: versions["@report/data"], valid: "afdr-2010-belarus", e: "belarus" });
    const cjs = must(project, process.execPath, [
      "-e",
      `const { report } = require("@report/data"); const json = require("@report/data/report.json");
       console.log(JSON.stringify({ same: json.id === report.id, version: require("@report/data/package.json").version }));`,
    ]);
    expect(JSON.parse(cjs)).toEqual({ same: true, version: versions["@report/data"] });
    writeFileSync(
      join(project, "consumer.ts"),
      `import { type ReportDocument, parseReport } from "@report/data/schema";
import { report } from "@report/data";
const doc: ReportDocument = parseReport(report);
// @ts-expect-error the document has no 'title' at its top level
console.log(doc.id, doc.title);
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, types: [] },
        files: ["consumer.ts"],
      }),
    );
    must(project, process.execPath, [tsc, "-p", "."]);
  });

  it("runs the CLI: npx report --version", () => {
    const printed = must(project, "npx", ["--no-install", "report", "--version"]);
    expect(printed.split("\n").slice(0, 2)).toEqual([
      `report ${versions["@report/tui"]} (@report/tui)`,
      `@report/data ${versions["@report/data"]} (afdr-2010-belarus, data version ${versions["@report/data"]})`,
    ]);
    expect(printed).toMatch(/\nNode\.js \d+\.\d+\.\d+\n$/);
  });

  it("publishes nothing and succeeds when run again (registry from npm_config_registry this time)", async () => {
    writeFileSync(join(work, ".npmrc"), `${registry?.authLine}\n`);
    const again = sh(work, "pnpm", ["release"], { npm_config_registry: registry?.url ?? "" });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/No unpublished projects to publish/);
    for (const name of PUBLIC) {
      const doc = (await (await packument(name)).json()) as { versions: Record<string, unknown> };
      expect(Object.keys(doc.versions), name).toEqual([versions[name]]);
    }
  });
});
