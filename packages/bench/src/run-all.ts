#!/usr/bin/env node
// `pnpm bench`: runs every benchmark and writes BENCHMARKS.md at the repository root. A benchmark
// that cannot run (an app that does not build or start) is written down as not measured, with the
// reason, and the run ends non-zero, so the other figures are kept and nothing passes for measured.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchData } from "./bench-data.ts";
import { benchQueries } from "./bench-queries.ts";
import { benchSearchAt } from "./bench-search.ts";
import { benchTui, benchTuiCorpus, type TuiCorpusFigures } from "./bench-tui.ts";
import { benchWeb } from "./bench-web.ts";
import { benchmarksMarkdown, type Figures } from "./report-md.ts";

const out = join(dirname(fileURLToPath(import.meta.url)), "../../../BENCHMARKS.md");
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const failed: string[] = [];
/** Runs a benchmark; if it throws, records why it was not measured. */
async function attempt<T>(name: string, run: () => T | Promise<T>): Promise<T | { skipped: string }> {
  try {
    return await run();
  } catch (error) {
    const skipped = (error as Error).message.split("\n")[0] ?? "failed";
    failed.push(`${name}: ${skipped}`);
    return { skipped };
  }
}

log("data package (import, validation, size)…");
const data = benchData();
log("queries on the report…");
const { queries, generator } = benchQueries(log);
const search = [1, 100, 1000].map((n) => {
  log(`search over ${n} report${n === 1 ? "" : "s"}…`);
  return benchSearchAt(n);
});
log("terminal UI in a pseudo-terminal…");
const tui = await attempt("terminal UI", benchTui);
const tuiCorpus = await attempt("terminal UI on generated documents", async () => {
  const figures: TuiCorpusFigures[] = [];
  for (const n of [100, 1000]) {
    log(`terminal UI browsing a generated document as large as ${n} reports…`);
    figures.push(await benchTuiCorpus(n));
  }
  return figures;
});
const web = await attempt("website", () => benchWeb(log));
const figures: Figures = { data, queries, generator, search, tui, tuiCorpus, web };
const markdown = benchmarksMarkdown(figures, new Date().toISOString().slice(0, 10));
writeFileSync(out, markdown);
process.stdout.write(`${markdown}\n`);
log(`wrote ${out}`);
for (const f of failed) log(`not measured: ${f}`);
if (failed.length > 0) process.exitCode = 1;
