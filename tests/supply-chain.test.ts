import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const json = (path: string) => JSON.parse(read(path)) as Record<string, Record<string, string>>;

describe("supply chain", () => {
  it("@report/data depends at runtime on zod and nothing else", () => {
    const pkg = json("packages/data/package.json");
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["zod"]);
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.optionalDependencies).toBeUndefined();
  });

  it("the published CLI (@report/tui) declares exactly the packages its built code imports", () => {
    const pkg = json("apps/tui/package.json");
    const dist = join(root, "apps/tui/dist");
    const imported = new Set<string>();
    for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(dist, file), "utf8");
      // Module syntax only (static import/export lines and dynamic import()), not text inside comments.
      const specs = [
        ...code.matchAll(/^(?:import|export)\b[^\n]*?\bfrom\s*"([^"]+)";?$/gm),
        ...code.matchAll(/\bimport\("([^"]+)"\)/g),
      ].map((m) => m[1] ?? "");
      for (const spec of specs) {
        if (spec.startsWith(".") || spec.startsWith("node:")) continue;
        imported.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec));
      }
    }
    // Everything else is bundled; an optional peer (Ink's devtools, loaded only when DEV is set) may stay external.
    const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependenciesMeta ?? {})];
    expect([...imported].sort()).toEqual(declared.sort());
  });

  describe("install scripts of a dependency not on the allow-list are blocked, in a real install", () => {
    // A local package whose postinstall would leave a marker file: the only trace of its script running.
    const work = mkdtempSync(join(tmpdir(), "report-install-scripts-"));
    const marker = join(work, "script-ran");
    const env = { ...process.env, MARKER: marker };
    beforeAll(() => {
      const pkg = join(work, "with-script");
      mkdirSync(pkg);
      writeFileSync(
        join(pkg, "package.json"),
        JSON.stringify({
          name: "with-install-script",
          version: "1.0.0",
          scripts: { postinstall: `node -e "require('fs').writeFileSync(process.env.MARKER, 'ran')"` },
        }),
      );
      execFileSync("npm", ["pack", "--silent"], { cwd: pkg, env, stdio: "pipe" });
    });
    /** A project beside the package that depends on it, with `extra` merged into its package.json. */
    function project(name: string, extra: Record<string, unknown> = {}): string {
      const dir = join(work, name);
      mkdirSync(dir);
      const dependencies = { "with-install-script": "file:../with-script/with-install-script-1.0.0.tgz" };
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, dependencies, ...extra }));
      return dir;
    }
    const install = (cmd: string, args: string[]) => spawnSync(cmd, args, { env, encoding: "utf8", timeout: 120_000 });

    it("pnpm, with this workspace's settings (allowBuilds)", () => {
      const dir = project("pnpm-project");
      const { packages: _, catalog: __, ...settings } = parse(read("pnpm-workspace.yaml")) as Record<string, unknown>;
      writeFileSync(join(dir, "pnpm-workspace.yaml"), stringify({ packages: [], ...settings }));
      const r = install("pnpm", ["install", "--offline", "--dir", dir]);
      expect(`${r.stdout}${r.stderr}`).toContain("with-install-script");
      expect(r.status).not.toBe(0);
      expect(existsSync(marker)).toBe(false);
    });

    it("npm, with the toolchain's settings (tools/.npmrc, allowScripts)", () => {
      const dir = project("npm-project", { allowScripts: json("tools/package.json").allowScripts });
      copyFileSync(join(root, "tools/.npmrc"), join(dir, ".npmrc"));
      // As tools/run.sh installs the toolchain: npm with --prefix.
      const r = install("npm", ["install", "--prefix", dir, "--offline", "--no-audit", "--no-fund"]);
      expect(r.stderr).toContain("with-install-script");
      expect(r.status).not.toBe(0);
      expect(existsSync(marker)).toBe(false);
      // The control: without the toolchain's .npmrc, npm 11 runs the script (it only warns).
      const open = project("npm-control", { allowScripts: json("tools/package.json").allowScripts });
      expect(install("npm", ["install", "--prefix", open, "--offline", "--no-audit", "--no-fund"]).status).toBe(0);
      expect(existsSync(marker)).toBe(true);
    });
  });

  it("has a release workflow that audits and publishes with provenance, without a stored npm token", () => {
    const text = read(".github/workflows/release.yml");
    const workflow = parse(text) as {
      permissions: Record<string, string>;
      jobs: {
        release: {
          steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[];
        };
      };
    };
    const steps = workflow.jobs.release.steps;
    expect(workflow.permissions["id-token"]).toBe("write");
    expect(steps.some((s) => s.run === "pnpm audit --prod --audit-level high")).toBe(true);
    const release = steps.find((s) => s.uses?.startsWith("changesets/action@"));
    expect(release?.with?.publish).toMatch(/npm publish --provenance/);
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
  });
});
