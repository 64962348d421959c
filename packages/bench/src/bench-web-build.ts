import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { indexReport, type ReportDocument } from "@report/data";
import { generateReport } from "./generate.ts";
import { dataDir, webDir } from "./paths.ts";

/**
 * The module that stands in for `@report/data` in a benchmark build of the site: the package's own
 * API from its built dist (vocabulary, date helpers, `indexReport` …), with every export that
 * answers from the report answered from `synthetic.json` (beside it in `dir`) instead. The names
 * bound to the document are the keys of `indexReport`'s result, so a getter added to the package
 * is covered here without an edit; its local exports take precedence over `export *`.
 */
export function dataShim(dir: string, doc: ReportDocument): string {
  const dist = relative(dir, join(dataDir, "dist/index.js"));
  const from = JSON.stringify(dist.startsWith(".") ? dist : `./${dist}`);
  return `import doc from "./synthetic.json" with { type: "json" };
import { indexReport } from ${from};
export * from ${from};
export const report = doc;
export const entities = doc.entities;
export const relations = doc.relations;
export const dataVersion = doc.dataVersion;
export const { ${Object.keys(indexReport(doc)).join(", ")} } = indexReport(doc);
`;
}

/** Writes a generated document and the module that serves it as `@report/data` into `dir`. */
export function writeDataShim(dir: string, doc: ReportDocument): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "synthetic.json"), JSON.stringify(doc));
  const file = join(dir, "data.mjs");
  writeFileSync(file, dataShim(dir, doc));
  return file;
}

export interface BuildFigures {
  reports: number;
  pages: number;
  seconds: number;
}

/**
 * Times `next build` of the same site over a generated document as large as `reports` reports
 * (WEB_BENCH_DATA_MODULE aliases @report/data for this build only, into .next-bench/).
 */
export function benchWebBuildAt(reports: number): BuildFigures {
  const dir = join(webDir, ".bench");
  writeDataShim(dir, generateReport(1, { scale: reports }));
  try {
    const t = performance.now();
    const r = spawnSync("pnpm", ["exec", "next", "build"], {
      cwd: webDir,
      encoding: "utf8",
      env: {
        SITE_URL: "http://localhost:3000", // a production build needs one; the benchmark serves on loopback
        ...process.env,
        WEB_BENCH_DATA_MODULE: "./.bench/data.mjs",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0)
      throw new Error(`next build over ${reports} generated reports failed:\n${r.stdout.slice(-2000)}`);
    const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(r.stdout)?.[2] ?? Number.NaN);
    return { reports, pages, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(webDir, ".next-bench"), { recursive: true, force: true });
  }
}
