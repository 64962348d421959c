#!/usr/bin/env node
// `pnpm bench` in @report/data: import time, validation against JSON.parse, tarball and unpacked size.
import { benchData } from "./bench-data.ts";
import { kb, ms } from "./stats.ts";

const d = benchData(Number(process.env.BENCH_RUNS ?? 15));
const line = (name: string, s: { median: number; min: number; max: number; runs: number }) =>
  `${name.padEnd(36)} ${ms(s.median).padStart(9)}  (min ${ms(s.min)}, max ${ms(s.max)}, ${s.runs} runs)`;
console.log(`@report/data on node ${process.version}\n`);
console.log(line("node -e '' (floor)", d.nodeFloor));
console.log(line("import '@report/data' (ESM)", d.importEsm));
console.log(line("require('@report/data') (CJS)", d.requireCjs));
console.log(`  import above the floor: ${ms(d.importEsm.median - d.nodeFloor.median)} (target ≤ 30 ms)\n`);
console.log(line("JSON.parse(report.json) (floor)", d.jsonParse));
console.log(line("parseReport(JSON.parse(report.json))", d.validate));
console.log(`  validation: ${(d.validate.median / d.jsonParse.median).toFixed(1)}× JSON.parse (target ≤ 5×)\n`);
console.log(`tarball ${kb(d.tarballBytes)} (budget 150 KB), unpacked ${kb(d.unpackedBytes)}, ${d.files} files`);
