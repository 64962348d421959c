import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "@report/data/schema";
import { generateCorpus } from "./generate.ts";
import { dataDir } from "./paths.ts";
import { type Spread, spread, timeCommands, timeRuns } from "./stats.ts";

export interface DataFigures {
  nodeFloor: Spread;
  importEsm: Spread;
  requireCjs: Spread;
  jsonParse: Spread;
  validate: Spread;
  corpusParse: Spread;
  corpusValidate: Spread;
  tarballBytes: number;
  unpackedBytes: number;
  files: number;
}

/**
 * `node -e ''` and loading the built package (dist, as an installed copy resolves it: no custom
 * condition), taking turns in the same run.
 */
function importTimes(runs: number): Pick<DataFigures, "nodeFloor" | "importEsm" | "requireCjs"> {
  for (const file of ["dist/index.js", "dist/index.cjs"])
    if (!existsSync(join(dataDir, file)))
      throw new Error(`@report/data is not built (no ${file}): run pnpm turbo run build --filter=@report/data`);
  const resolved = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", "console.log(import.meta.resolve('@report/data'))"],
    { cwd: dataDir, encoding: "utf8" },
  ).trim();
  if (!resolved.endsWith("/dist/index.js"))
    throw new Error(`'@report/data' resolves to ${resolved}, not dist/index.js`);
  const node = (args: string[]) => ({ cmd: process.execPath, args });
  const [nodeFloor, importEsm, requireCjs] = timeCommands(
    [
      node(["-e", ""]),
      node(["--input-type=module", "-e", "await import('@report/data')"]),
      node(["-e", "require('@report/data')"]),
    ],
    runs,
    dataDir,
  ) as [Spread, Spread, Spread];
  return { nodeFloor, importEsm, requireCjs };
}

/** What depending on @report/data costs: import time, validation, package size; each next to its floor. */
export function benchData(runs = 15): DataFigures {
  const json = readFileSync(join(dataDir, "data/report.json"), "utf8");
  const corpusJson = JSON.stringify(generateCorpus(100));
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json"], {
      cwd: dataDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { size: number; unpackedSize: number; entryCount: number }[];
  return {
    ...importTimes(runs),
    jsonParse: spread(timeRuns(() => JSON.parse(json), 100, 10)),
    validate: spread(timeRuns(() => parseReport(JSON.parse(json)), 100, 10)),
    corpusParse: spread(timeRuns(() => JSON.parse(corpusJson), 10, 2)),
    corpusValidate: spread(
      timeRuns(
        () => {
          for (const doc of JSON.parse(corpusJson) as unknown[]) parseReport(doc);
        },
        10,
        2,
      ),
    ),
    tarballBytes: pack?.size ?? 0,
    unpackedBytes: pack?.unpackedSize ?? 0,
    files: pack?.entryCount ?? 0,
  };
}
