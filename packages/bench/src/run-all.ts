#!/usr/bin/env node
// `pnpm bench`: runs every benchmark and writes BENCHMARKS.md at the repository root.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchData } from "./bench-data.ts";
import { benchIngest, ingestMarkdown } from "./bench-ingest.ts";
import { benchSearchAt } from "./bench-search.ts";
import { benchTui, benchTuiCorpus } from "./bench-tui.ts";
import { benchWeb } from "./bench-web.ts";
import { benchmarksMarkdown, type Figures } from "./report-md.ts";

const out = join(dirname(fileURLToPath(import.meta.url)), "../../../BENCHMARKS.md");
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

log("data package (import, validation, size)…");
const data = benchData();
const search = [1, 100, 1000].map((n) => {
  log(`search over ${n} report${n === 1 ? "" : "s"}…`);
  return benchSearchAt(n);
});
log("terminal UI in a pseudo-terminal…");
const tui = await benchTui();
const tuiCorpus = [];
for (const n of [100, 1000]) {
  log(`terminal UI browsing a generated document as large as ${n} reports…`);
  tuiCorpus.push(await benchTuiCorpus(n));
}
let web: Figures["web"];
try {
  web = await benchWeb(log);
} catch (error) {
  web = { skipped: (error as Error).message };
}
log("ingest on the seed and on a text 100× its size…");
const ingest = ingestMarkdown(benchIngest());
const markdown = `${benchmarksMarkdown({ data, search, tui, tuiCorpus, web }, new Date().toISOString().slice(0, 10))}\n${ingest}`;
writeFileSync(out, markdown);
process.stdout.write(`${markdown}\n`);
log(`wrote ${out}`);
