import { parse as parseEdtf } from "edtf";
import type { Evidence, Quote } from "../../src/schemas/evidence.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { Structure } from "../../src/schemas/structure.ts";
import type { Content } from "./load-content.ts";
import { formatPath, type Problem } from "./problems.ts";
import { resolveQuote } from "./resolve-quote.ts";

interface Where {
  file: string;
  id: string;
}

const QUOTE_KEYS = new Set(["exact", "prefix", "suffix"]);
const isQuote = (v: unknown): v is Quote =>
  !!v &&
  typeof v === "object" &&
  !Array.isArray(v) &&
  typeof (v as Quote).exact === "string" &&
  Object.keys(v).every((k) => QUOTE_KEYS.has(k));

/**
 * Turns validated content into a report document: resolves every quote (a W3C TextQuoteSelector)
 * to evidence with offsets, checks every EDTF date with the `edtf` parser, and derives relation ids.
 * Checks that span records (references, the graph rules) run on the result, in the schema.
 */
export function assemble(
  content: Content,
  source: ReportDocument["source"],
  structure: Structure,
  dataVersion: string,
  problems: Problem[],
): ReportDocument {
  const text = source.text;
  const resolveIn = <T>(node: T, where: Where, path: (string | number)[] = []): T => {
    if (isQuote(node)) {
      const r = resolveQuote(text, structure, node);
      if (r.ok) return r.evidence as T;
      problems.push({ code: r.code, ...where, path: formatPath(path), message: r.message, hint: r.hint });
      return {
        quote: node.exact,
        start: 0,
        end: node.exact.length,
        paragraphId: "",
        sentenceIds: [],
      } satisfies Evidence as T;
    }
    if (Array.isArray(node)) return node.map((v, i) => resolveIn(v, where, [...path, i])) as T;
    if (!node || typeof node !== "object") return node;
    const o = node as Record<string, unknown>;
    if (typeof o.edtf === "string") checkEdtf(o.edtf, where, formatPath([...path, "edtf"]));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolveIn(v, where, [...path, k])])) as T;
  };
  const checkEdtf = (edtf: string, where: Where, path: string) => {
    try {
      parseEdtf(edtf);
    } catch {
      problems.push({
        code: "invalid-edtf",
        ...where,
        path,
        message: `'${edtf}' is not a valid EDTF date`,
        hint: "write YYYY, YYYY-MM, A/B, YYYY-MM/.. or {A,B} at the precision the text gives; never invent a day",
      });
    }
  };
  const records = <T extends { id: string }>(items: { file: string; item: T }[]) =>
    items.map(({ file, item }) => resolveIn(item, { file, id: item.id }));

  const relations = content.relations.map(({ file, item }) => {
    const id = `${item.source}--${item.type}--${item.target}`;
    return { id, ...resolveIn(item, { file, id }) };
  });
  const { metadata, defects } = resolveIn(
    { metadata: content.report.metadata, defects: content.report.defects },
    { file: content.reportFile, id: content.report.id },
  );
  return {
    schemaVersion: 2,
    id: content.report.id,
    dataVersion,
    status: content.report.status,
    metadata,
    source,
    defects,
    structure,
    entities: records(content.entities),
    events: records(content.events),
    sanctions: records(content.sanctions),
    restrictions: records(content.restrictions),
    strategies: records(content.strategies),
    relations,
  } as unknown as ReportDocument;
}
