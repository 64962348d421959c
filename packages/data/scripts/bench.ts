#!/usr/bin/env node
// Prints what using @report/data costs, next to its floor. A benchmark, not a test: nothing is asserted.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReport } from "../src/schema.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s.at(-1) ?? 0 };
};
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const row = (name: string, xs: number[]) => {
  const { min, median, max } = stats(xs);
  return `${name.padEnd(34)} median ${fmt(median).padStart(10)}   (min ${fmt(min)}, max ${fmt(max)}, ${xs.length} runs)`;
};

function timeProcess(args: string[]): number[] {
  return Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
    return performance.now() - t;
  });
}

function timeLoop(fn: () => void, iterations = 50): number[] {
  for (let i = 0; i < 5; i++) fn();
  return Array.from({ length: iterations }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
}

console.log(`@report/data benchmark: node ${process.version}, ${RUNS} process runs each\n`);
const floor = timeProcess(["-e", ""]);
const esm = timeProcess(["--input-type=module", "-e", "await import('@report/data')"]);
const cjs = timeProcess(["-e", "require('@report/data')"]);
console.log(row("node -e '' (floor)", floor));
console.log(row("import '@report/data' (ESM)", esm));
console.log(row("require('@report/data') (CJS)", cjs));
console.log(`  import above floor: ${fmt(stats(esm).median - stats(floor).median)} (target ≤ 30 ms)\n`);

const json = readFileSync(join(root, "data/report.json"), "utf8");
const parse = timeLoop(() => JSON.parse(json));
const validate = timeLoop(() => parseReport(JSON.parse(json)));
console.log(row("JSON.parse of report.json (floor)", parse));
console.log(row("parseReport(JSON.parse(...))", validate));
console.log(`  ratio: ${(stats(validate).median / stats(parse).median).toFixed(1)}× JSON.parse (target ≤ 5×)\n`);

const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
) as {
  size: number;
  unpackedSize: number;
  entryCount: number;
}[];
if (pack) {
  console.log(
    `tarball ${(pack.size / 1024).toFixed(1)} KB (budget 150 KB), unpacked ${(pack.unpackedSize / 1024).toFixed(1)} KB, ${pack.entryCount} files`,
  );
}
