import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateReport } from "./generate.ts";
import { webDir } from "./paths.ts";

export interface BuildFigures {
  reports: number;
  pages: number;
  seconds: number;
}

/** Where the benchmark's build goes (WEB_DIST_DIR): beside the site's own .next, which the other figures measure. */
const BENCH_DIST = ".next-bench";

/**
 * Times `next build` of the same site over a generated document as large as `reports` reports, given to it
 * as any document is (REPORT_DATA), into its own folder. The time includes checking the document.
 */
export function benchWebBuildAt(reports: number): BuildFigures {
  const dir = mkdtempSync(join(tmpdir(), "report-bench-web-"));
  const file = join(dir, "synthetic.json");
  writeFileSync(file, JSON.stringify(generateReport(1, { scale: reports })));
  try {
    const t = performance.now();
    const r = spawnSync("pnpm", ["exec", "next", "build"], {
      cwd: webDir,
      encoding: "utf8",
      env: {
        SITE_URL: "http://localhost:3000", // a production build needs one; the benchmark serves on loopback
        ...process.env,
        REPORT_DATA: file,
        WEB_DIST_DIR: BENCH_DIST,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const seconds = (performance.now() - t) / 1000;
    if (r.status !== 0)
      throw new Error(`next build over ${reports} generated reports failed:\n${`${r.stdout}${r.stderr}`.slice(-2000)}`);
    const pages = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(r.stdout)?.[2] ?? Number.NaN);
    return { reports, pages, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(webDir, BENCH_DIST), { recursive: true, force: true });
  }
}
