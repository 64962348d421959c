import { createHash } from "node:crypto";
import type { ReportDocument } from "@report/data";
import { seeded } from "./random.ts";
import { engagementParagraph } from "./synthetic/engagement.ts";
import { meansParagraph } from "./synthetic/means.ts";
import { objectivesParagraph } from "./synthetic/objectives.ts";
import { programsParagraph } from "./synthetic/programs.ts";
import { rightsParagraph } from "./synthetic/rights.ts";
import { sanctionsParagraph } from "./synthetic/sanctions.ts";
import { strategyParagraph } from "./synthetic/strategy.ts";
import { BUREAU, type Land, makeLand, OWNER } from "./synthetic/world.ts";
import { DocWriter } from "./synthetic/writer.ts";

/** The real report's shape: Part 1 has 2 paragraphs per country, Part 2 has 5. */
const PARTS = [
  { heading: "Part 1: Synthetic Democracy Objectives", paragraphs: [objectivesParagraph, engagementParagraph] },
  {
    heading: "Part 2: Synthetic Priorities and Other Aspects of Governance",
    paragraphs: [meansParagraph, strategyParagraph, programsParagraph, rightsParagraph, sanctionsParagraph],
  },
];

/** The issuing line and the introduction: the document entities, the bureau, and the reporting state. */
function front(doc: DocWriter, seed: number, lands: Land[]): void {
  doc.paragraph("bureau", "bureau", null, () =>
    doc.sentence((s) => {
      s.name(BUREAU);
      doc.relate(BUREAU.id, "part-of", OWNER.id, "external");
    }, false),
  );
  const bureauLine = doc.known(BUREAU).evidence[0];
  const report = { kind: "document" as const, id: `synthetic-report-${seed}`, name: `Synthetic report ${seed}` };
  doc.paragraph("intro", "intro", null, () => {
    doc.sentence((s) => {
      const self = s.put("the following information");
      s.put(" reports priorities and activities of the ");
      s.name(OWNER);
      s.put(" to promote democracy and human rights in ");
      const first = lands[0];
      if (first) s.name(first.country);
      if (lands.length > 1) s.put(` and ${lands.length - 1} other countries`);
      const entity = doc.cite(report, s.ev(s.start));
      entity.mentions.push(self);
      if (bureauLine) doc.relate(report.id, "issued-by", BUREAU.id, bureauLine);
      if (first) doc.relate(report.id, "reports-on", first.country.id, s.ev(s.start));
    });
    doc.sentence((s) => {
      s.put("for background on human rights conditions, please see ");
      const year = 2009;
      const words = `the ${year} Synthetic Country Reports on Human Rights Practices`;
      const cited = { kind: "document" as const, id: `synthetic-country-reports-${year}`, name: words.slice(4) };
      const entity = s.name(cited, words);
      entity.dates.push({ edtf: String(year), role: "covers", evidence: s.last });
      doc.relate(report.id, "refers-to", cited.id, s.ev(s.start));
    });
  });
}

/**
 * A valid `@report/data` 1.0 document that looks like the real report (its length, and its shares of
 * entities, events, sanctions, restrictions, strategies and relations) but is made up from a seed:
 * `scale` countries' worth of report, each written like the real report about one country. Always
 * marked `synthetic: true`. Time and memory grow linearly with `scale`.
 */
export function generateReport(seed: number, { scale = 1 }: { scale?: number } = {}): ReportDocument {
  const doc = new DocWriter(seeded(seed), seed);
  const used = new Set<string>();
  const lands = Array.from({ length: scale }, (_, i) => makeLand(doc.rnd, i, used));
  front(doc, seed, lands);
  const parts: ReportDocument["structure"]["parts"] = [];
  let n = 0;
  PARTS.forEach((part, i) => {
    doc.text += "\n\n";
    const start = doc.text.length;
    doc.text += part.heading;
    const p = {
      id: `part-${i + 1}`,
      number: i + 1,
      heading: part.heading,
      start,
      end: doc.text.length,
      paragraphIds: [] as string[],
    };
    parts.push(p);
    for (const land of lands)
      for (const write of part.paragraphs) {
        n += 1;
        doc.paragraph(`p${n}`, "body", p.id, () => write(doc, land));
        p.paragraphIds.push(`p${n}`);
      }
  });
  const id = `synthetic-${seed}`;
  const external = (value: string) => ({ value, basis: "external" as const, source: doc.external.source });
  const bureauLine = [...doc.known(BUREAU).evidence];
  return {
    schemaVersion: 2,
    id,
    dataVersion: "0.0.0",
    status: "published",
    synthetic: true,
    metadata: {
      title: external(`Synthetic report ${seed} (not a real report)`),
      series: external("Synthetic series"),
      bureau: { value: BUREAU.name, basis: "stated", evidence: bureauLine },
      publisher: external("nobody: synthetic data"),
      country: external(lands.length === 1 ? (lands[0]?.name ?? "none") : `${lands.length} synthetic countries`),
      region: external("Synthetic region"),
      editionYear: external("2010"),
      periodCovered: external("2009"),
      originalUrl: external("about:blank"),
      rights: external("synthetic test data"),
    },
    source: {
      filename: `${id}.txt`,
      text: doc.text,
      sha256: createHash("sha256").update(doc.text).digest("hex"),
      bytes: doc.text.length,
      encoding: "ascii",
      offsetUnit: "utf-16-code-unit",
    },
    defects: [],
    structure: {
      bureauParagraphId: "bureau",
      introParagraphId: "intro",
      parts,
      paragraphs: doc.paragraphs,
      sentences: doc.sentences,
    },
    entities: [...doc.entities.values()],
    events: doc.events,
    sanctions: doc.sanctions,
    restrictions: doc.restrictions,
    strategies: doc.strategies,
    relations: [...doc.relations.values()],
  };
}

/** `count` documents from consecutive seeds. */
export const generateCorpus = (count: number, firstSeed = 1) =>
  Array.from({ length: count }, (_, i) => generateReport(firstSeed + i));
