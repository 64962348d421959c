#!/usr/bin/env node
import { writeFileSync } from "node:fs";
// Builds data/ from content/ and source/: validate, resolve quotes, check coverage, write atomically.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildReport } from "./lib/build.ts";
import { ID_LOCK, idList } from "./lib/id-lock.ts";
import { BuildFailed, formatProblem } from "./lib/problems.ts";
import { summarize } from "./lib/summary.ts";
import { writeDirAtomic } from "./lib/write-atomic.ts";

const USAGE = [
  "usage: build-data [--summary] [--check] [--accept-ids] [--root DIR]",
  "  --summary  print entities per kind, relations, coverage and the source hash check",
  "  --check    validate only; write nothing",
  "  --accept-ids  accept added or removed entity/relation ids and rewrite content/ids.txt",
  "  --root     the package folder with content/, source/ and package.json (default: this package)",
].join("\n");

try {
  const { values } = parseArgs({
    options: {
      summary: { type: "boolean" },
      check: { type: "boolean" },
      "accept-ids": { type: "boolean" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const root = values.root ?? join(dirname(fileURLToPath(import.meta.url)), "..");
  const acceptIds = values["accept-ids"] === true;
  const result = buildReport(root, { acceptIds });
  if (!values.check) writeDirAtomic(join(root, "data"), result.files);
  if (acceptIds && !values.check) writeFileSync(join(root, ID_LOCK), idList(result.doc));
  console.log(
    values.summary
      ? summarize(result)
      : `@report/data: built ${result.files.size} files into data/ (coverage ${result.coverage.covered}/${result.coverage.total})`,
  );
} catch (error) {
  if (error instanceof BuildFailed) {
    console.error(`@report/data build failed: ${error.message}; data/ was left as it was.\n`);
    for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    console.error(`build-data: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`build-data: ${(error as Error).message}`);
  process.exit(1);
}
