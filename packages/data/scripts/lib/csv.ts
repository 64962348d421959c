import { stringify } from "csv-stringify/sync";
import type { Entity } from "../../src/schemas/entity.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";

const join = (xs: string[]) => xs.join(" | ");

export const ENTITY_COLUMNS = [
  "id",
  "kind",
  "name",
  "aliases",
  "status",
  "dates",
  "quantities",
  "properties",
  "quote",
  "start",
  "end",
  "paragraph_id",
  "evidence_count",
] as const;
export const RELATION_COLUMNS = [
  "id",
  "type",
  "source",
  "target",
  "status",
  "dates",
  "quote",
  "start",
  "end",
  "paragraph_id",
  "evidence_count",
] as const;

function entityRow(e: Entity) {
  const ev = e.evidence[0];
  return [
    e.id,
    e.kind,
    e.name,
    join(e.aliases),
    e.status?.word ?? "",
    join(e.dates.map((d) => `${d.edtf} (${d.role})`)),
    join(e.quantities.map((q) => `${q.type === "count" ? q.value : `${q.min}-${q.max}`} ${q.unit} (${q.counts})`)),
    join(e.properties.map((p) => `${p.name}: ${p.value}`)),
    ev?.quote ?? "",
    ev?.start ?? "",
    ev?.end ?? "",
    ev?.paragraphId ?? "",
    e.evidence.length,
  ];
}

/** One CSV per entity kind (`entities-<kind>.csv`) plus `relations.csv`; first evidence inline. */
export function csvFiles(doc: ReportDocument): Map<string, string> {
  const files = new Map<string, string>();
  const kinds = [...new Set(doc.entities.map((e) => e.kind))].sort();
  for (const kind of kinds) {
    const rows = doc.entities.filter((e) => e.kind === kind).map(entityRow);
    files.set(`entities-${kind}.csv`, stringify([ENTITY_COLUMNS as unknown as string[], ...rows]));
  }
  const relRows = doc.relations.map((r) => {
    const ev = r.evidence[0];
    return [
      r.id,
      r.type,
      r.source,
      r.target,
      r.status?.word ?? "",
      join(r.dates.map((d) => `${d.edtf} (${d.role})`)),
      ev?.quote ?? "",
      ev?.start ?? "",
      ev?.end ?? "",
      ev?.paragraphId ?? "",
      r.evidence.length,
    ];
  });
  files.set("relations.csv", stringify([RELATION_COLUMNS as unknown as string[], ...relRows]));
  return files;
}
