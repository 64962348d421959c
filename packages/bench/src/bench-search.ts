import { report } from "@report/data";
import { createSearch } from "@report/search";
import { generateCorpus } from "./generate.ts";
import { type Spread, spread, timeRuns } from "./stats.ts";

const QUERIES = [
  "Belneftekhim",
  "sanctions",
  "suspended",
  "trafficking women",
  "Minsk June",
  "civil society",
  "democ",
  "embassy five diplomats",
];

export interface SearchScale {
  reports: number;
  /** Paragraphs and entities in the index. */
  documents: number;
  build: Spread;
  indexBytes: number;
  query: Spread;
  scan: Spread;
}

/** Index build, index size and query latency at a corpus size, next to a plain substring scan. */
export function benchSearchAt(count: number): SearchScale {
  const docs = count === 1 ? [report] : [report, ...generateCorpus(count - 1)];
  const builds = timeRuns(() => createSearch(docs), count >= 1000 ? 3 : 10, 1);
  const search = createSearch(docs);
  const indexBytes = Buffer.byteLength(JSON.stringify(search));
  const texts = docs.flatMap((d) =>
    d.structure.paragraphs.map((p) => d.source.text.slice(p.start, p.end).toLowerCase()),
  );
  const perQuery: number[] = [];
  const perScan: number[] = [];
  for (let round = 0; round < (count >= 1000 ? 5 : 25); round++) {
    for (const q of QUERIES) {
      perQuery.push(...timeRuns(() => search.search(q), 1, 0));
      const needle = q.toLowerCase();
      perScan.push(...timeRuns(() => texts.filter((t) => t.includes(needle)), 1, 0));
    }
  }
  return {
    reports: count,
    documents: search.size,
    build: spread(builds),
    indexBytes,
    query: spread(perQuery),
    scan: spread(perScan),
  };
}
