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
 * A throwaway copy of the workspace to version and publish from: the root manifests and changesets, every
 * public package whole (sources, built output), and only the manifest of each private one (changesets reads
 * it to skip it). node_modules are links to the real ones, so the copy builds and runs the tools without an
 * install. It is a git repository, since `changeset publish` tags what it published.
 */
export function copyWorkspace(root: string, into: string): void {
  for (const file of ["package.json", "pnpm-workspace.yaml", "pnpm-lock.yaml", "tsconfig.base.json"])
    cpSync(join(root, file), join(into, file));
  cpSync(join(root, ".changeset"), join(into, ".changeset"), { recursive: true });
  linkModules(root, into, "node_modules");
  for (const folder of workspaceFolders(root)) {
    const manifest = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as { private?: boolean };
    if (manifest.private) {
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
