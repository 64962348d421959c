#!/usr/bin/env node
import { writeFileSync } from "node:fs";
// Builds data/ from content/ and source/: validate, resolve quotes, check coverage, write atomically.
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type BuildResult, buildReport } from "./lib/build.ts";
import { buildCorpus } from "./lib/corpus.ts";
import { ID_LOCK, idList } from "./lib/id-lock.ts";
import { outputProblem } from "./lib/output-dir.ts";
import { BuildFailed, formatProblem } from "./lib/problems.ts";
import { summarize } from "./lib/summary.ts";
import { writeDirAtomic } from "./lib/write-atomic.ts";

const USAGE = [
  "usage: build-data [--summary] [--check] [--accept-ids] [--root DIR] [--content DIR --out DIR]",
  "  --summary  print entities per kind, relations, coverage and the source hash check",
  "  --check    validate only; write nothing",
  "  --accept-ids  accept added or removed entity/relation ids and rewrite content/ids.txt",
  "  --root     the package folder with content/, source/ and package.json (default: this package)",
  "  --content  build another content folder (a draft from `pnpm ingest`); its source.file is relative to it;",
  "             give it several times to build a corpus: DIR/corpus.json, the documents as one list",
  "  --out      where to write the built files (default: data/ of the package; required with --content)",
].join("\n");

class UsageError extends Error {}
/** A path as the user would type it: relative to where they are, unless that climbs out of it. */
const shown = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
};
let outLabel = "data/";

/** A draft's uncovered sentences: one warning line with the coverage figure. */
function warnDraft(result: BuildResult) {
  if (result.warnings.length === 0) return;
  const { covered, total } = result.coverage;
  const ids = result.warnings.map((w) => w.id);
  const list = ids.length > 12 ? `${ids.slice(0, 12).join(", ")} and ${ids.length - 12} more` : ids.join(", ");
  console.warn(
    `warning: draft '${result.doc.id}' covers ${covered}/${total} sentences (${((covered / total) * 100).toFixed(1)}%); not yet evidence for any record: ${list}`,
  );
}

try {
  const { values } = parseArgs({
    options: {
      summary: { type: "boolean" },
      check: { type: "boolean" },
      "accept-ids": { type: "boolean" },
      root: { type: "string" },
      content: { type: "string", multiple: true },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // Paths are relative to where the user ran pnpm, not to the folder pnpm runs the script in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const root = values.root ? resolve(cwd, values.root) : join(dirname(fileURLToPath(import.meta.url)), "..");
  const contents = (values.content ?? []).map((dir) => resolve(cwd, dir));
  if (contents.length > 1) {
    if (!values.out && !values.check) throw new UsageError("a corpus (several --content) needs --out DIR");
    if (values["accept-ids"]) throw new UsageError("--accept-ids does not go with --content");
    const out = values.out ? resolve(cwd, values.out) : "";
    outLabel = values.out ? `${shown(cwd, out)}/` : "corpus";
    const corpus = buildCorpus(root, contents, cwd);
    if (!values.check) {
      const unsafe = outputProblem(out, [...contents, root]);
      if (unsafe) throw new Error(unsafe);
      writeDirAtomic(out, corpus.files);
    }
    console.log(
      `@report/data: ${values.check ? "checked" : "built"} a corpus of ${corpus.docs.length} documents${values.check ? " (nothing written)" : ` into ${outLabel}corpus.json`} (${corpus.results
        .map((r) => `${r.doc.id} ${r.doc.status}, coverage ${r.coverage.covered}/${r.coverage.total}`)
        .join("; ")})`,
    );
    for (const r of corpus.results) warnDraft(r);
    process.exit(0);
  }
  const content = values.content?.[0] === undefined ? undefined : resolve(cwd, values.content[0]);
  const acceptIds = values["accept-ids"] === true;
  if (content && acceptIds)
    throw new UsageError("--accept-ids rewrites this package's id lock; it does not go with --content");
  if (content && !values.out && !values.check)
    throw new UsageError("--content needs --out DIR (where to write the built files)");
  const out = values.out ? resolve(cwd, values.out) : join(root, "data");
  outLabel = values.out ? `${shown(cwd, out)}/` : "data/";
  const result = buildReport(root, { acceptIds, content });
  if (!values.check) {
    const unsafe = outputProblem(out, [content ?? join(root, "content"), root]);
    if (unsafe) throw new Error(unsafe);
    writeDirAtomic(out, result.files);
  }
  if (acceptIds && !values.check) writeFileSync(join(root, ID_LOCK), idList(result.doc));
  console.log(
    values.summary
      ? summarize(result, outLabel)
      : values.check
        ? `@report/data: checked '${result.doc.id}': ${result.files.size} files would be written, nothing was (coverage ${result.coverage.covered}/${result.coverage.total})`
        : `@report/data: built ${result.files.size} files into ${outLabel} (coverage ${result.coverage.covered}/${result.coverage.total})`,
  );
  warnDraft(result);
} catch (error) {
  if (error instanceof BuildFailed) {
    console.error(`@report/data build failed: ${error.message}; ${outLabel} was left as it was.\n`);
    for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  const usage =
    error instanceof UsageError ||
    (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
  if (usage) {
    console.error(`build-data: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`build-data: ${(error as Error).message}`);
  process.exit(1);
}
