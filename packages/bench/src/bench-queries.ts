import { type EventFilter, indexReport, type ReportDocument, report } from "@report/data";
import { generateReport } from "./generate.ts";
import { type Spread, spread, timeRuns } from "./stats.ts";

/** The questions issue 9 asks the API to answer in one call, timed the way a user first asks them. */
export const QUERIES = ["events()", "events({ type, from, to })", "sanctions()", "timeline()"] as const;
export type QueryName = (typeof QUERIES)[number];

export interface QueryFigures {
  /** 1 for the real report; otherwise the size, in reports, of the generated document. */
  reports: number;
  events: number;
  sanctions: number;
  /** `indexReport(doc)`: what `@report/data` does once at import for the report, and a caller does once for a document of its own. */
  index: Spread;
  queries: Record<QueryName, Spread>;
}

/** The meetings of the document's last year: a typed, dated filter like the README's example. */
function meetingsFilter(doc: ReportDocument): EventFilter {
  const years = doc.events.flatMap((e) => (e.date ? [Number(e.date.edtf.slice(0, 4))] : []));
  const year = String(Math.max(...years));
  return { type: "meet", from: year, to: year };
}

/**
 * Times each query on a fresh index, run after run: `sanctions()` and `timeline()` compute on their
 * first call and then return the same array, so a repeated call would time a cache, not the query.
 */
export function benchQueriesOn(doc: ReportDocument, reports: number, runs: number): QueryFigures {
  const filter = meetingsFilter(doc);
  const times: Record<QueryName | "index", number[]> = {
    index: [],
    "events()": [],
    "events({ type, from, to })": [],
    "sanctions()": [],
    "timeline()": [],
  };
  const time = <T>(key: keyof typeof times, fn: () => T): T => {
    const t = performance.now();
    const result = fn();
    times[key].push(performance.now() - t);
    return result;
  };
  const warmup = Math.max(2, Math.round(runs / 10));
  for (let run = 0; run < warmup + runs; run++) {
    const index = time("index", () => indexReport(doc));
    time("events()", () => index.events());
    time("events({ type, from, to })", () => index.events(filter));
    time("sanctions()", () => index.sanctions());
    time("timeline()", () => index.timeline());
    if (run < warmup) for (const xs of Object.values(times)) xs.pop();
  }
  return {
    reports,
    events: doc.events.length,
    sanctions: doc.sanctions.length,
    index: spread(times.index),
    queries: Object.fromEntries(QUERIES.map((q) => [q, spread(times[q])])) as Record<QueryName, Spread>,
  };
}

/** How long the seeded generator takes for a document as large as `reports` reports. */
export interface GeneratorFigure {
  reports: number;
  ms: number;
  runs: number;
}

/** Generates the document as large as `reports` reports `runs` times (after one warm-up); the median, and the document. */
function timeGenerator(reports: number, runs: number): { doc: ReportDocument; figure: GeneratorFigure } {
  let doc: ReportDocument | undefined;
  const times = timeRuns(
    () => {
      doc = generateReport(1, { scale: reports });
    },
    runs,
    1,
  );
  return { doc: doc as ReportDocument, figure: { reports, ms: spread(times).median, runs } };
}

/**
 * The queries on the real report, then on generated documents as large as 100 and 1,000 reports;
 * generating those documents is timed on the way.
 */
export function benchQueries(log: (s: string) => void = () => {}): {
  queries: QueryFigures[];
  generator: GeneratorFigure[];
} {
  const queries = [benchQueriesOn(report, 1, 200)];
  const generator = [timeGenerator(1, 20).figure];
  for (const n of [100, 1000]) {
    log(`generating a document as large as ${n} reports, then the queries on it…`);
    const { doc, figure } = timeGenerator(n, 3);
    generator.push(figure);
    queries.push(benchQueriesOn(doc, n, n >= 1000 ? 7 : 20));
  }
  return { queries, generator };
}
