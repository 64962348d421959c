#!/usr/bin/env node
// `pnpm --filter @report/bench bench:ingest` (and part of `pnpm bench`): `pnpm ingest` on the seed
// report and on a generated text 100 times its size, each next to `wc -w` of the same file in the
// same run; peak RSS; and how much of the published data ingest finds in the seed's text.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "@report/data";
import { ingest, recallAgainst } from "@report/ingest";
import { ms, type Spread, timeCommand } from "./stats.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const CLI = join(root, "packages/ingest/src/cli.ts");
const SEED = join(root, "packages/data/source/belarus-2010.txt");
/** Prints the process's peak RSS (kilobytes) to stderr as it exits. */
const RSS_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))`;

interface Run {
  label: string;
  bytes: number;
  words: number;
  ingest: Spread;
  wc: Spread;
  rssMb: number;
}

export interface IngestFigures {
  runs: Run[];
  recall: ReturnType<typeof recallAgainst>;
}

/**
 * A text `n` times the seed's size: the bureau line and intro once, then `n` copies of its parts,
 * each numbered on and with its years moved, so the copies are not word for word the same.
 * Synthetic: for timing only.
 */
export function generatedText(seed: string, n: number): string {
  const [head, ...parts] = seed.split(/\n\n(?=Part \d+: )/);
  const body: string[] = [];
  for (let i = 0; i < n; i++)
    for (const part of parts)
      body.push(
        part
          .replace(/^Part \d+:/, `Part ${body.length + 1}:`)
          .replace(/\b(19|20)(\d{2})\b/g, (_, c, y) => `${c}${String((Number(y) + i) % 100).padStart(2, "0")}`),
      );
  return [head, ...body].join("\n\n");
}

function measure(label: string, file: string, runs: number): Run {
  const out = join(mkdtempSync(join(tmpdir(), "bench-ingest-")), "draft");
  const args = ["--conditions=@report/source", CLI, file, "--out", out, "--force"];
  const rss = spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], { encoding: "utf8" });
  if (rss.status !== 0) throw new Error(`ingest failed on ${label}: ${rss.stderr}`);
  const wc = spawnSync("wc", ["-w", file], { encoding: "utf8" });
  return {
    label,
    bytes: readFileSync(file).length,
    words: Number.parseInt(wc.stdout, 10),
    ingest: timeCommand(process.execPath, args, runs),
    wc: timeCommand("wc", ["-w", file], runs),
    rssMb: Number(/maxrss=(\d+)/.exec(rss.stderr)?.[1] ?? 0) / 1024,
  };
}

export function benchIngest(runs = 5): IngestFigures {
  const seed = readFileSync(SEED, "utf8");
  const large = join(mkdtempSync(join(tmpdir(), "bench-ingest-")), "generated-100x.txt");
  writeFileSync(large, generatedText(seed, 100));
  const { analysis } = ingest(Buffer.from(seed), seed, "belarus-2010");
  return {
    runs: [
      measure("seed (belarus-2010.txt)", SEED, runs),
      measure("generated, 100× the seed", large, Math.min(runs, 3)),
    ],
    recall: recallAgainst(analysis, report),
  };
}

/** The ingest section of BENCHMARKS.md. */
export function ingestMarkdown(f: IngestFigures): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  const { dates, quantities } = f.recall;
  return [
    "## Ingest (`pnpm ingest <text> --out <dir>`)",
    "",
    "Whole command (Node start, imports, analysis, writing the draft), median of the runs, against `wc -w` of the same file in the same run.",
    "",
    row(["text", "bytes", "words", "ingest", "wc -w", "ingest / wc", "peak RSS", "runs"]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
    ...f.runs.map((r) =>
      row([
        r.label,
        r.bytes,
        r.words,
        ms(r.ingest.median),
        ms(r.wc.median),
        `×${(r.ingest.median / r.wc.median).toFixed(0)}`,
        `${r.rssMb.toFixed(0)} MB`,
        r.ingest.runs,
      ]),
    ),
    "",
    `Recall on the seed: dates ${dates.found}/${dates.total}, quantities ${quantities.found}/${quantities.total} of the published data (same value on the same words).`,
    `Candidates to published facts: ${f.recall.candidates} candidates (actors, events, dates, quantities) for ${f.recall.facts} published facts (records and dated or counted values), ${(f.recall.candidates / f.recall.facts).toFixed(2)} per fact.`,
    "",
  ].join("\n");
}

if (import.meta.main) process.stdout.write(ingestMarkdown(benchIngest(Number(process.env.BENCH_RUNS ?? 5))));
