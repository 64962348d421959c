import { cpus, totalmem } from "node:os";
import type { DataFigures } from "./bench-data.ts";
import type { GeneratorFigure, QueryFigures } from "./bench-queries.ts";
import type { SearchScale } from "./bench-search.ts";
import type { TuiCorpusFigures, TuiFigures } from "./bench-tui.ts";
import type { WebFigures } from "./bench-web.ts";
import { growth, row, spreadCells } from "./md.ts";
import { limits } from "./report-md-limits.ts";
import { queriesSection } from "./report-md-queries.ts";
import { webSection } from "./report-md-web.ts";
import { kb, ms } from "./stats.ts";

export interface Figures {
  data: DataFigures;
  queries: QueryFigures[];
  generator: GeneratorFigure[];
  search: SearchScale[];
  tui: TuiFigures | { skipped: string };
  tuiCorpus: TuiCorpusFigures[] | { skipped: string };
  web: WebFigures | { skipped: string };
}

/** BENCHMARKS.md: every figure of one run, each beside its floor or target. */
export function benchmarksMarkdown(f: Figures, date: string): string {
  const lines: string[] = [
    "# Benchmarks",
    "",
    `Written by \`pnpm bench\` on ${date}. ${machine()} Medians, with min / median / max and the number of runs; every ratio is between figures measured in this same run. Timings are printed here and never asserted in tests; only byte sizes and counts are (see the budget tests).`,
    "",
    ...dataSection(f.data),
    ...queriesSection(f.queries, f.generator),
    ...searchSection(f.search),
    ...tuiSection(f.tui, f.tuiCorpus),
    ...webSection(f.web),
    ...limits(f),
  ];
  return lines.join("\n");
}

export const machine = () =>
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`;

/** Import time against \`node -e ''\`, validation against \`JSON.parse\`, package size. */
export function dataSection(d: DataFigures): string[] {
  return [
    "## Data package",
    "",
    row(["figure", "median", "min / median / max", "runs", "its floor", "ratio or target"]),
    row(["---", "---", "---", "---", "---", "---"]),
    row([
      "`import '@report/data'` (ESM)",
      ...spreadCells(d.importEsm),
      `\`node -e ''\` ${ms(d.nodeFloor.median)}`,
      `+${ms(d.importEsm.median - d.nodeFloor.median)} (target ≤ +30 ms)`,
    ]),
    row([
      "`require('@report/data')` (CJS)",
      ...spreadCells(d.requireCjs),
      `\`node -e ''\` ${ms(d.nodeFloor.median)}`,
      `+${ms(d.requireCjs.median - d.nodeFloor.median)}`,
    ]),
    row([
      "validate the report (`parseReport`)",
      ...spreadCells(d.validate),
      `\`JSON.parse\` ${ms(d.jsonParse.median)}`,
      `${(d.validate.median / d.jsonParse.median).toFixed(1)}× (target ≤ 5×)`,
    ]),
    row([
      "validate 100 generated reports",
      ...spreadCells(d.corpusValidate),
      `\`JSON.parse\` ${ms(d.corpusParse.median)}`,
      `${(d.corpusValidate.median / d.corpusParse.median).toFixed(1)}×`,
    ]),
    row([
      "tarball / unpacked",
      kb(d.tarballBytes),
      kb(d.unpackedBytes),
      "1",
      "—",
      `${d.files} files (budget ≤ 150 KB tarball)`,
    ]),
    "",
  ];
}

function searchSection(search: SearchScale[]): string[] {
  return [
    "## Search (`@report/search`, the one implementation the website and terminal share)",
    "",
    row([
      "reports",
      "index build (median)",
      "index bytes",
      "query p50",
      "query p95",
      "substring scan p50",
      "scan p95",
      "query runs",
    ]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
    ...search.map((s) =>
      row([
        String(s.reports),
        ms(s.build.median),
        kb(s.indexBytes),
        ms(s.query.median),
        ms(s.query.p95),
        ms(s.scan.median),
        ms(s.scan.p95),
        String(s.query.runs),
      ]),
    ),
    "",
    `Growth from 1 to ${search.at(-1)?.reports ?? "?"} reports: index build ${growth(search.map((s) => ({ n: s.reports, v: s.build.median })))}; index bytes ${growth(search.map((s) => ({ n: s.reports, v: s.indexBytes })))}; query p95 ${growth(search.map((s) => ({ n: s.reports, v: s.query.p95 })))}. Targets: p95 ≤ 2 ms on the report and ≤ 20 ms on 1,000 reports. The index holds ${search.map((s) => s.documents).join(", ")} paragraphs and entities at these sizes (growth ${growth(search.map((s) => ({ n: s.reports, v: s.documents })))}): a generated report names fewer entities than the real one, and the real report is one of the documents at every size.`,
    "",
  ];
}

function tuiSection(tui: Figures["tui"], corpus: Figures["tuiCorpus"]): string[] {
  if ("skipped" in tui) return ["## Terminal UI", "", `Not measured: ${tui.skipped}.`, ""];
  return [
    "## Terminal UI",
    "",
    row(["figure", "median", "min / median / max", "runs", "its floor", "target"]),
    row(["---", "---", "---", "---", "---", "---"]),
    row([
      "`report --version`",
      ...spreadCells(tui.version),
      `\`node -e ''\` ${ms(tui.versionFloor.median)}`,
      "≤ 60 ms",
    ]),
    row([
      "first interactive frame (cold start, in a pseudo-terminal)",
      ...spreadCells(tui.firstFrame),
      `\`cat\` of the source text ${ms(tui.catFloor.median)}`,
      "≤ 250 ms",
    ]),
    row(["keypress to frame", ...spreadCells(tui.keypress), "—", "≤ 16 ms"]),
    row(["RSS (max over runs)", `${tui.rssMb.toFixed(0)} MB`, "—", String(tui.firstFrame.runs), "—", "≤ 100 MB"]),
    "",
    "Browsing a generated document as large as N reports (`report --data corpus.json`; the document is validated with `parseReport` before the first frame), one run each:",
    "",
    ...("skipped" in corpus
      ? [`Not measured: ${corpus.skipped}.`]
      : [
          row(["reports", "entities", "JSON", "first frame", "keypress median", "keypress max", "RSS"]),
          row(["---", "---", "---", "---", "---", "---", "---"]),
          ...corpus.map((c) =>
            row([
              String(c.reports),
              String(c.entities),
              `${c.jsonMb.toFixed(1)} MB`,
              ms(c.firstFrame),
              ms(c.keypress.median),
              ms(c.keypress.max),
              `${c.rssMb.toFixed(0)} MB`,
            ]),
          ),
        ]),
    "",
  ];
}
