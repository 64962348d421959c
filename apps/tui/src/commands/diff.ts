import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { diffDocuments, diffSummary } from "../diff/diff.ts";
import { formatDiffMarkdown, formatDiffText } from "../diff/format.ts";
import { DiffInputError, type Migration, parseMigration } from "../diff/migrations.ts";
import { readRegularFile, reasonOf } from "../read-file.ts";
import type { Style } from "../style.ts";
import { json, type Output, ok } from "./types.ts";

export interface DiffOptions {
  cwd: string;
  style: Style;
  json: boolean;
  markdown: boolean;
  /** A folder of migration files to follow besides those the packages ship. */
  migrations?: string | undefined;
}

/** One side of the diff: the report file, and the package folder it belongs to (where migrations/ lives). */
interface Side {
  file: string;
  packageDir: string | undefined;
}

function readJson(file: string): unknown {
  const text = readRegularFile(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DiffInputError(`'${file}' is not JSON: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** The report.json a package folder exports ("./report.json" in its exports), else the one at its root. */
function reportOfPackage(dir: string): string {
  const manifest = readJson(join(dir, "package.json")) as { exports?: Record<string, unknown> };
  const target = manifest.exports?.["./report.json"];
  return join(dir, typeof target === "string" ? target : "report.json");
}

function enclosingPackage(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A path (a report file or a package folder) or the name of an installed package (e.g. an npm alias). */
export function resolveSide(arg: string, cwd: string): Side {
  const path = resolve(cwd, arg);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) return { file: path, packageDir: enclosingPackage(path) };
    if (existsSync(join(path, "package.json"))) return { file: reportOfPackage(path), packageDir: path };
    throw new DiffInputError(`'${arg}' is a folder without a package.json: give a report JSON file or a package`);
  }
  // An installed package: from the current folder first, then the @report/data this CLI depends on.
  for (const from of [join(cwd, "noop.js"), import.meta.url]) {
    try {
      const dir = dirname(createRequire(from).resolve(`${arg}/package.json`));
      return { file: reportOfPackage(dir), packageDir: dir };
    } catch {
      // not installed there
    }
  }
  throw new DiffInputError(
    `cannot find '${arg}': no such file, and no installed package of that name (install an old version with e.g. npm install data-old@npm:@report/data@0.1.0)`,
  );
}

/** The migration files of a folder, in name order; `shown` is how the folder is named in an error. */
function migrationsIn(dir: string, shown = dir): Migration[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw new DiffInputError(`cannot read the migrations in '${shown}': it is not a folder`);
    throw new DiffInputError(`cannot read the migrations in '${shown}': ${reasonOf(error)}`);
  }
  return names
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseMigration(readJson(join(dir, f)), join(dir, f)));
}

/** `report diff <old> <new>`: records added, removed and changed between two versions of the data. */
export function diff(oldArg: string, newArg: string, opts: DiffOptions): Output {
  const sides = [resolveSide(oldArg, opts.cwd), resolveSide(newArg, opts.cwd)] as const;
  // A package ships its migrations in migrations/ when it has any; a folder given with --migrations must exist.
  const folders = new Map<string, string>();
  for (const s of sides) {
    const dir = s.packageDir && join(s.packageDir, "migrations");
    if (dir && existsSync(dir)) folders.set(dir, dir);
  }
  if (opts.migrations !== undefined) {
    const dir = resolve(opts.cwd, opts.migrations);
    if (!existsSync(dir)) throw new DiffInputError(`--migrations: no such folder '${opts.migrations}'`);
    folders.set(dir, opts.migrations);
  }
  const migrations = new Map<string, Migration>();
  for (const [folder, shown] of folders)
    for (const m of migrationsIn(folder, shown)) migrations.set(`${m.from}→${m.to}`, m);
  const result = diffDocuments(readJson(sides[0].file), readJson(sides[1].file), [...migrations.values()], {
    old: sides[0].file,
    new: sides[1].file,
  });
  if (opts.json) return json(diffSummary(result));
  return ok(opts.markdown ? formatDiffMarkdown(result) : formatDiffText(result, opts.style));
}
