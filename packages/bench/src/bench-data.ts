import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReport } from "@report/data/schema";
import { generateCorpus } from "./generate.ts";
import { type Spread, spread, timeCommand, timeRuns } from "./stats.ts";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../../data");

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

const timeNode = (args: string[], runs: number) => timeCommand(process.execPath, args, runs, dataDir);

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
    nodeFloor: timeNode(["-e", ""], runs),
    importEsm: timeNode(["--input-type=module", "-e", "await import('@report/data')"], runs),
    requireCjs: timeNode(["-e", "require('@report/data')"], runs),
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
