#!/usr/bin/env node
// `pnpm bench` in @report/data: import time against `node -e ''`, validation against JSON.parse,
// tarball and unpacked size, and the 1.0 queries on the report and on generated documents. Prints
// the same sections that `pnpm bench` writes into BENCHMARKS.md.
import { benchData } from "./bench-data.ts";
import { benchQueries } from "./bench-queries.ts";
import { dataSection, machine } from "./report-md.ts";
import { queryLimits } from "./report-md-limits.ts";
import { queriesSection } from "./report-md-queries.ts";

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
log("data package (import, validation, size)…");
const data = benchData(Number(process.env.BENCH_RUNS ?? 15));
log("queries on the report…");
const { queries, generator } = benchQueries(log);
const notes = queryLimits({ queries });
console.log(
  [`@report/data. ${machine()}`, "", ...dataSection(data), ...queriesSection(queries, generator), ...notes].join("\n"),
);
