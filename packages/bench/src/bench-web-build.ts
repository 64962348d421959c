import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "./generate.ts";
import { webDir } from "./servers.ts";

/** Re-exports @report/data's API over a generated document, for a benchmark build of the site. */
const SHIM = `import doc from "./synthetic.json" with { type: "json" };
import { indexReport } from "../../../packages/data/dist/index.js";
export { ENTITY_KINDS, RELATION_TYPES, datePrecision, indexReport } from "../../../packages/data/dist/index.js";
export const report = doc;
export const entities = doc.entities;
export const relations = doc.relations;
export const dataVersion = doc.dataVersion;
const index = indexReport(doc);
export const { getEntity, getRelation, relationsOf, entitiesOfKind, getParagraph, getSentence, textOf } = index;
`;

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
  mkdirSync(dir, { recursive: true });
  const doc = generateReport(1, { scale: reports });
  writeFileSync(join(dir, "synthetic.json"), JSON.stringify(doc));
  writeFileSync(join(dir, "data.mjs"), SHIM);
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
