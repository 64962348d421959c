import { type DatePrecision, type DateValue, datePrecision, entities, getEntity, relations } from "@report/data";
import { sortKey } from "./dates.ts";
import { readerHref } from "./highlight.ts";

export interface TimelineItem {
  key: string;
  edtf: string;
  precision: DatePrecision;
  role: string;
  /** What is dated: an entity name, or "source verb target" for a relation. */
  label: string;
  href: string;
  subject: "entity" | "relation";
  anchor: string;
  quote: string;
  /** The reader at the quote's sentence, the quote highlighted. */
  readerHref: string;
}

const relationLabel = (r: { source: string; type: string; target: string }) =>
  `${getEntity(r.source)?.name ?? r.source} ${r.type.replace(/-/g, " ")} ${getEntity(r.target)?.name ?? r.target}`;

function item(d: DateValue, subject: TimelineItem["subject"], id: string, label: string, href: string, i: number) {
  return {
    key: `${subject}:${id}:${i}`,
    edtf: d.edtf,
    precision: datePrecision(d.edtf),
    role: d.role,
    label,
    href,
    subject,
    anchor: d.evidence.sentenceIds[0] ?? d.evidence.paragraphId,
    quote: d.evidence.quote,
    readerHref: readerHref(d.evidence, d.evidence.sentenceIds[0] ?? d.evidence.paragraphId),
  } satisfies TimelineItem;
}

/** Every dated entity and relation, earliest first; coarser dates before finer ones on ties. */
export function timeline(): TimelineItem[] {
  const items: TimelineItem[] = [
    ...entities.flatMap((e) => e.dates.map((d, i) => item(d, "entity", e.id, e.name, `/entities/${e.id}`, i))),
    ...relations.flatMap((r) =>
      r.dates.map((d, i) => item(d, "relation", r.id, relationLabel(r), `/entities/${r.source}#${r.id}`, i)),
    ),
  ];
  return items.sort((a, b) => sortKey(a.edtf).localeCompare(sortKey(b.edtf)) || a.label.localeCompare(b.label));
}

/** The items grouped by the year they start in (open starts use their end year). */
export function byYear(items: TimelineItem[]): { year: string; items: TimelineItem[] }[] {
  const groups = new Map<string, TimelineItem[]>();
  for (const it of items) {
    const year = sortKey(it.edtf).slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), it]);
  }
  return [...groups].map(([year, list]) => ({ year, items: list }));
}

export { relationLabel };
