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

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: string;
  "runs-on"?: string;
  steps: Step[];
}
const workflow = () =>
  parse(read(".github/workflows/release.yml")) as { permissions: Record<string, string>; jobs: Record<string, Job> };
/** Whether job `name` runs only after `target`, directly or through the jobs it needs. */
function dependsOn(jobs: Record<string, Job>, name: string, target: string): boolean {
  const needs = [jobs[name]?.needs ?? []].flat();
  return needs.includes(target) || needs.some((n) => dependsOn(jobs, n, target));
}

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

  it("releases from a workflow whose build-and-test job is read-only and runs the README's test command", () => {
    const jobs = workflow().jobs;
    expect(workflow().permissions, "no permission unless a job asks for it").toEqual({});
    expect(jobs.test?.permissions).toEqual({ contents: "read" });
    expect(jobs.test?.steps.some((s) => s.run === "./tools/run.sh test")).toBe(true);
    expect(jobs.test?.steps.some((s) => s.run?.endsWith("pnpm audit --prod --audit-level high"))).toBe(true);
    // Nothing is versioned or published unless the tests passed.
    for (const name of Object.keys(jobs))
      if (name !== "test") expect(dependsOn(jobs, name, "test"), `${name} needs test`).toBe(true);
  });

  it("publishes from a separate job in the protected 'release' environment, the only one that can mint a token", () => {
    const jobs = workflow().jobs;
    const minting = Object.entries(jobs).filter(([, job]) => job.permissions?.["id-token"] === "write");
    expect(minting.map(([name]) => name)).toEqual(["publish"]);
    const publish = jobs.publish;
    expect(publish?.environment).toBe("release");
    expect(publish?.permissions).toEqual({ contents: "write", "id-token": "write" });
    // It publishes what an unprivileged job built and packed, and runs no dependency's install script.
    expect(publish?.steps.some((s) => s.uses?.startsWith("changesets/action/publish@"))).toBe(true);
    expect(publish?.steps.find((s) => s.uses?.startsWith("changesets/action/publish@"))?.with).toHaveProperty(
      "pack-dir-artifact-id",
    );
    expect(
      publish?.steps.filter((s) => /pnpm install/.test(s.run ?? "")).every((s) => /--ignore-scripts/.test(s.run ?? "")),
    ).toBe(true);
    expect(publish?.steps.some((s) => /turbo|pnpm (run )?build/.test(s.run ?? ""))).toBe(false);
  });

  it("publishes with npm provenance through trusted publishing, with no stored npm token", () => {
    const text = read(".github/workflows/release.yml");
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\./);
    // Provenance is signed on GitHub-hosted runners only, with the OIDC token of the publishing job.
    expect(workflow().jobs.publish?.["runs-on"]).toBe("ubuntu-latest");
    for (const dir of ["packages/data", "apps/tui"]) {
      const pkg = json(`${dir}/package.json`) as unknown as {
        publishConfig?: { provenance?: boolean; access?: string };
      };
      expect(pkg.publishConfig, dir).toEqual({ access: "public", provenance: true });
    }
  });

  it("pins every action by full commit SHA with a comment naming its version", () => {
    const lines = read(".github/workflows/release.yml")
      .split("\n")
      .filter((l) => /^\s*-?\s*uses:/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines)
      expect(line.trim()).toMatch(/^(- )?uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it("checks out without leaving credentials on disk", () => {
    const checkouts = Object.values(workflow().jobs).flatMap((job) =>
      job.steps.filter((s) => s.uses?.startsWith("actions/checkout@")),
    );
    expect(checkouts.length).toBe(Object.keys(workflow().jobs).length);
    for (const step of checkouts) expect(step.with?.["persist-credentials"]).toBe(false);
  });
});
