import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

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

  it("runs install scripts only for allow-listed packages", () => {
    const workspace = parse(read("pnpm-workspace.yaml")) as { allowBuilds?: Record<string, boolean> };
    expect(workspace.allowBuilds).toBeDefined();
    expect(Object.values(workspace.allowBuilds ?? {}).every((allowed) => allowed === false)).toBe(true);
    expect(json("tools/package.json").allowScripts).toEqual({ node: true, pnpm: true });
  });

  it("installs from the frozen lockfile in the README's test command", () => {
    expect(read("tools/run.sh")).toMatch(/pnpm install --frozen-lockfile/);
    expect(read("tools/run.sh")).toMatch(/npm ci --prefix tools/);
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
