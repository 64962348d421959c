import type { ReportDocument } from "@report/data/schema";
import type { Analysis } from "./analyse.ts";
import type { Span } from "./candidates.ts";

interface PublishedValue {
  kind: "date" | "quantity";
  key: string;
  span: Span;
}

/** Every date and quantity of a published document, with the words that give it. */
function publishedValues(doc: ReportDocument): PublishedValue[] {
  const out: PublishedValue[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown> & { evidence?: Span };
    if (typeof o.edtf === "string" && o.evidence) out.push({ kind: "date", key: o.edtf, span: o.evidence });
    if ((o.type === "count" || o.type === "range") && o.evidence)
      out.push({ kind: "quantity", key: o.type === "count" ? `${o.value}` : `${o.min}-${o.max}`, span: o.evidence });
    for (const [k, v] of Object.entries(o)) if (k !== "source" && k !== "structure") visit(v);
  };
  visit(doc);
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * How much of a published document's dates and quantities ingest finds in its text (same value,
 * overlapping words), and how many candidates it proposes for each published fact.
 */
export function recallAgainst(a: Analysis, doc: ReportDocument) {
  const published = publishedValues(doc);
  const found = (p: PublishedValue) =>
    p.kind === "date"
      ? a.dates.some((d) => d.edtf === p.key && overlaps(d, p.span))
      : a.quantities.some(
          (q) => overlaps(q, p.span) && (q.type === "range" ? `${q.min}-${q.max}` : `${q.value}`) === p.key,
        );
  const share = (kind: PublishedValue["kind"]) => {
    const all = published.filter((p) => p.kind === kind);
    return { found: all.filter(found).length, total: all.length, missing: all.filter((p) => !found(p)) };
  };
  const facts =
    doc.entities.length +
    doc.events.length +
    doc.sanctions.length +
    doc.restrictions.length +
    doc.strategies.length +
    doc.relations.length +
    published.length;
  const candidates = new Set(a.actors.map((m) => m.id)).size + a.events.length + a.dates.length + a.quantities.length;
  return { dates: share("date"), quantities: share("quantity"), candidates, facts };
}
