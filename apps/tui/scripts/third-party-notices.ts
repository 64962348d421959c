import licenseModule, { type Dependency } from "rollup-plugin-license";
import type { Rolldown } from "tsdown";

// Its types declare an ES default export, but the package is CommonJS (`module.exports = plugin`), which Node
// hands to a default import as it is.
const license = licenseModule as unknown as typeof licenseModule.default;

/** Written into dist/ beside the bundle it describes: `files` ships it and turbo caches it with the build. */
export const NOTICES_FILE = "THIRD-PARTY-NOTICES.txt";

/** What rollup-plugin-license reads from each bundled package (its package.json and licence/NOTICE files). */
export type BundledPackage = Pick<
  Dependency,
  "name" | "version" | "license" | "licenseText" | "noticeText" | "author" | "repository" | "homepage"
>;

const RULE = "=".repeat(80);

/** A package that declares no licence cannot be shipped until someone has looked at it: fail the build. */
function declaredLicense(pkg: BundledPackage): string {
  // An old package.json may give `{ "type": "MIT" }` rather than an SPDX string.
  const given = pkg.license as unknown;
  const license = String((given as { type?: unknown } | null)?.type ?? given ?? "").trim();
  if (!license || license.toUpperCase() === "UNLICENSED")
    throw new Error(
      `third-party notices: ${pkg.name}@${pkg.version} is bundled into dist/ but declares no licence in its package.json; ` +
        "find out under which terms it may be redistributed before bundling it",
    );
  return license;
}

function source(pkg: BundledPackage): string | undefined {
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  return repository ?? pkg.homepage ?? undefined;
}

function section(pkg: BundledPackage): string {
  const lines = [RULE, `${pkg.name} ${pkg.version}`, `License: ${declaredLicense(pkg)}`];
  if (pkg.author) lines.push(`Author: ${pkg.author.text()}`);
  const from = source(pkg);
  if (from) lines.push(`Source: ${from}`);
  lines.push(RULE, "");
  lines.push(
    pkg.licenseText?.trim() ??
      `${pkg.name} ${pkg.version} ships no licence file; its package.json declares the licence ${declaredLicense(pkg)}.`,
  );
  if (pkg.noticeText) lines.push("", "NOTICE", "", pkg.noticeText.trim());
  return lines.join("\n");
}

/**
 * The notice file of the published CLI, from the packages the bundler kept code of (each once per version),
 * in a stable order so that a rebuild of the same bundle writes the same file.
 */
export function thirdPartyNotices(packages: readonly BundledPackage[]): string {
  // By code unit, not locale: the same order on every machine.
  const key = (p: BundledPackage) => `${p.name} ${p.version}`;
  const sorted = [...packages].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const index = sorted.map((p) => `  ${p.name} ${p.version}  (${declaredLicense(p)})`);
  return [
    "Third-party software bundled in @report/tui",
    "",
    "The JavaScript files in dist/ contain code from the packages listed below, as the bundler reported",
    "while building them (rollup-plugin-license, from the modules rendered into each chunk). Each is",
    "listed with its version, the licence its package.json declares (an SPDX expression), its author",
    "and source as its package.json gives them, and the full text of the licence file it ships,",
    "followed by its NOTICE file where it has one.",
    "",
    "Not listed: @report/data (installed as a dependency, with its own files), the project's own",
    "workspace packages, and the few runtime helpers the bundler (rolldown) generates into the output.",
    "",
    `Packages (${sorted.length}):`,
    ...index,
    "",
    ...sorted.map(section),
    "",
  ].join("\n");
}

/**
 * rollup-plugin-license collects each package the rendered chunks hold code of (walking up from each module to
 * its package.json and licence files; the package in `cwd`, and private workspace packages, are this project's
 * own); the second plugin writes them as an asset, so the file lands in the build's own output folder.
 */
export function thirdPartyNoticesPlugins(cwd: string): Rolldown.Plugin[] {
  let packages: readonly BundledPackage[] = [];
  const collect = license({
    cwd,
    sourcemap: false,
    thirdParty: {
      multipleVersions: true,
      output: (found) => {
        packages = found;
      },
    },
  });
  const emit: Rolldown.Plugin = {
    name: "third-party-notices",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: NOTICES_FILE, source: thirdPartyNotices(packages) });
    },
  };
  return [collect as Rolldown.Plugin, emit];
}
