import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A package some code of a bundle comes from, as its own folder in node_modules describes it. */
export interface SourcePackage {
  name: string;
  version: string;
  license: string;
  /** Its licence file (LICENSE, LICENCE.md, license-mit …), if it ships one. */
  licenseText?: string;
  noticeText?: string;
}

const MODULES = "/node_modules/";

/** The folder of the package a file under node_modules belongs to: `…/node_modules/name` or `…/@scope/name`. */
export function packageRoot(file: string): string | undefined {
  const at = file.lastIndexOf(MODULES);
  if (at < 0) return undefined;
  const parts = file.slice(at + MODULES.length).split("/");
  return file.slice(0, at + MODULES.length) + parts.slice(0, parts[0]?.startsWith("@") ? 2 : 1).join("/");
}

function readPackage(root: string): SourcePackage {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, string>;
  const file = (pattern: RegExp) => {
    const name = readdirSync(root).find((f) => pattern.test(f));
    return name ? readFileSync(join(root, name), "utf8") : undefined;
  };
  return {
    name: pkg.name ?? root,
    version: pkg.version ?? "",
    license: pkg.license ?? "",
    licenseText: file(/^licen[cs]e/i),
    noticeText: file(/^notice/i),
  };
}

/**
 * Every package under node_modules that the source maps of a build in `dir` name as the origin of code in it,
 * keyed `name version`: what the bundler says the output is made of, read independently of any plugin.
 */
export function packagesInSourceMaps(dir: string): Map<string, SourcePackage> {
  const found = new Map<string, SourcePackage>();
  for (const map of readdirSync(dir).filter((f) => f.endsWith(".js.map"))) {
    const { sources } = JSON.parse(readFileSync(join(dir, map), "utf8")) as { sources: string[] };
    for (const source of sources) {
      const root = packageRoot(resolve(dirname(join(dir, map)), source));
      if (!root || !existsSync(join(root, "package.json"))) continue;
      const pkg = readPackage(root);
      found.set(`${pkg.name} ${pkg.version}`, pkg);
    }
  }
  return found;
}

/** The notice file's sections, by their `name version` heading: the declared licence and the text below. */
export function noticeSections(notices: string): Map<string, { license: string; body: string }> {
  const rule = `\n${"=".repeat(80)}\n`;
  const parts = notices.split(rule);
  const sections = new Map<string, { license: string; body: string }>();
  // parts: the preamble, then a heading and a body for each package.
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const [title = "", license = ""] = (parts[i] ?? "").split("\n");
    sections.set(title, { license: license.replace(/^License: /, ""), body: parts[i + 1] ?? "" });
  }
  return sections;
}
