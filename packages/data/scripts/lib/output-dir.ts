import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/**
 * Why `out` must not be replaced by a build, or undefined when it may: the build swaps the whole
 * folder, so it must never be (or hold) the content it reads, and must not be a folder of other files.
 */
export function outputProblem(out: string, keep: string[]): string | undefined {
  const target = resolve(out);
  for (const path of keep) {
    const rel = relative(target, resolve(path));
    if (rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep)))
      return `--out ${out} would replace ${path}; choose a folder of its own for the built files`;
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return `--out ${out} is a file; choose a folder`;
  const names = readdirSync(target);
  const earlierBuild = ["report.json", "corpus.json"].some((name) => existsSync(join(target, name)));
  if (names.length > 0 && !earlierBuild)
    return `--out ${out} holds other files (no report.json or corpus.json from an earlier build); choose an empty or new folder`;
  return undefined;
}
