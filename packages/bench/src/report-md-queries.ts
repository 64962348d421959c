import { type GeneratorFigure, QUERIES, type QueryFigures } from "./bench-queries.ts";
import { growth, row } from "./md.ts";
import { ms, type Spread } from "./stats.ts";

/** Issue 9's target for each query on the report. */
export const QUERY_TARGET_MS = 1;

const onReport = (s: Spread) => [ms(s.median), ms(s.p95), `${ms(s.min)} / ${ms(s.max)}`];

/** `events()`, `sanctions()` and `timeline()` on the report and on generated documents, with `indexReport` beside them. */
export function queriesSection(figures: QueryFigures[], generator: GeneratorFigure[]): string[] {
  const [real, ...generated] = figures;
  if (!real) return [];
  const sizes = generated.map((g) => ({ n: g.reports, label: `generated, ${g.reports} reports` }));
  const line = (name: string, pick: (f: QueryFigures) => Spread, target: string) =>
    row([
      name,
      ...onReport(pick(real)),
      target,
      ...generated.map((g) => ms(pick(g).median)),
      generated.length > 1 ? growth(generated.map((g) => ({ n: g.reports, v: pick(g).median }))) : "—",
    ]);
  const verdict = (s: Spread) => `≤ ${ms(QUERY_TARGET_MS)}: ${s.median <= QUERY_TARGET_MS ? "met" : "missed"}`;
  return [
    "## Queries (the `@report/data` 1.0 API)",
    "",
    `Each query runs on a fresh index, ${real.index.runs} times on the report and ${generated.map((g) => `${g.index.runs} times at ${g.reports} reports`).join(", ")}: \`sanctions()\` and \`timeline()\` compute on their first call and return the same array after that, so a repeated call would time a cache. \`indexReport(doc)\` is what the package does once when it is imported (for the report) and what a caller does once for a document of its own (the generated ones). The filter is \`{ type: "meet", from, to }\` over the document's last year.`,
    "",
    row([
      "query",
      "report median",
      "report p95",
      "report min / max",
      "target (report)",
      ...sizes.map((s) => `${s.label} (median)`),
      `growth ${sizes.map((s) => s.n).join(" → ")}`,
    ]),
    row(["---", "---", "---", "---", "---", ...sizes.map(() => "---"), "---"]),
    ...QUERIES.map((q) => line(`\`${q}\``, (f) => f.queries[q], verdict(real.queries[q]))),
    line("`indexReport(doc)`", (f) => f.index, "— (once per document)"),
    "",
    `The documents: the report has ${real.events} events and ${real.sanctions} sanctions; ${generated.map((g) => `the one as large as ${g.reports} reports has ${g.events} events and ${g.sanctions} sanctions`).join(", ")}.`,
    "",
    `Generating them (\`generateReport\`, seeded; medians): ${generator.map((g) => `${g.reports} report${g.reports === 1 ? "" : "s"} ${ms(g.ms)} (${ms(g.ms / g.reports)} a report, ${g.runs} runs)`).join(", ")}; growth from 100 to 1,000 reports ${growth(generator.filter((g) => g.reports >= 100).map((g) => ({ n: g.reports, v: g.ms })))}. A large document costs more a report than a single one because its records outlive V8's young generation and are copied by the garbage collector (profiled: about a tenth of the time at one report, about half at 1,000); the rest is the same per report.`,
    "",
  ];
}
