import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync } from "node:fs";
import { basename, join, relative } from "node:path";

const SKIP = new Set(["node_modules", ".turbo", ".next", ".next-bench", "out", ".bench", "coverage"]);

/** The workspace packages (pnpm-workspace.yaml: packages/*, apps/*, tests) as folders relative to the root. */
function workspaceFolders(root: string): string[] {
  const under = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, dir, d.name, "package.json")))
      .map((d) => `${dir}/${d.name}`);
  return [...under("packages"), ...under("apps"), "tests"];
}

/**
 * Recreates `modules` (a node_modules folder, relative to the root) in the copy as links to the real entries,
 * except that a link to a workspace package points at the copy's package, so pnpm publish resolves
 * `workspace:` ranges against the copy's (new) versions. pnpm keeps run state in node_modules, which must
 * therefore be a real folder, not a link.
 */
function linkModules(root: string, into: string, modules: string): void {
  mkdirSync(join(into, modules));
  for (const entry of readdirSync(join(root, modules), { withFileTypes: true })) {
    // pnpm's own run state (node_modules/.pnpm-task-run-state-v1, left by any earlier `pnpm run`) must not be a
    // link either: pnpm refuses to use it through one.
    if (entry.name.startsWith(".pnpm-task-run-state")) continue;
    const path = join(modules, entry.name);
    if (entry.name.startsWith("@") && entry.isDirectory()) {
      linkModules(root, into, path);
      continue;
    }
    const target = realpathSync(join(root, path));
    const inWorkspace = !relative(root, target).startsWith("..") && !target.includes("node_modules");
    symlinkSync(inWorkspace ? join(into, relative(root, target)) : target, join(into, path));
  }
}

/**
 * A throwaway copy of the workspace to version and publish from: the root manifests, changesets and release
 * check, every
 * public package whole (sources, built output) with the private packages it builds from, and only the manifest
 * of each other private one (changesets reads it to skip it). node_modules are links to the real ones, so the copy builds and runs the tools without an
 * install. It is a git repository, since `changeset publish` tags what it published.
 */
export function copyWorkspace(root: string, into: string): void {
  for (const file of ["package.json", "pnpm-workspace.yaml", "pnpm-lock.yaml", "tsconfig.base.json"])
    cpSync(join(root, file), join(into, file));
  cpSync(join(root, ".changeset"), join(into, ".changeset"), { recursive: true });
  // `pnpm release` runs the release check first; the rest of tools/ is the pinned toolchain, used from PATH.
  cpSync(join(root, "tools/release-check.mts"), join(into, "tools/release-check.mts"));
  linkModules(root, into, "node_modules");
  type Manifest = { name: string; private?: boolean; dependencies?: object; devDependencies?: object };
  const manifests = workspaceFolders(root).map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as Manifest,
  }));
  // A private package a public one builds from (the terminal UI bundles @report/view and @report/search)
  // is copied whole too, or the copy's build would leave its imports unresolved.
  const bundled = new Set(
    manifests
      .filter(({ manifest }) => !manifest.private)
      .flatMap(({ manifest }) => [
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.devDependencies ?? {}),
      ]),
  );
  for (const { folder, manifest } of manifests) {
    if (manifest.private && !bundled.has(manifest.name)) {
      cpSync(join(root, folder, "package.json"), join(into, folder, "package.json"));
      continue;
    }
    cpSync(join(root, folder), join(into, folder), { recursive: true, filter: (src) => !SKIP.has(basename(src)) });
    linkModules(root, into, join(folder, "node_modules"));
  }
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=release-test", "-c", "user.email=release-test@localhost", ...args], {
      cwd: into,
      stdio: "pipe",
    });
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "--message=copy of the workspace");
}
