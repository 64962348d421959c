import { stringify } from "csv-stringify/sync";
import type { Evidence } from "../../src/schemas/evidence.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { DateValue, Quantity } from "../../src/schemas/values.ts";
import { EVENT_TYPES, RESTRICTION_TYPES } from "../../src/vocabulary.ts";

export interface Column {
  name: string;
  type: "string" | "integer";
  /** A foreign key: the column holds an id of another table (`""` is none). */
  references?: string;
}
export interface Table {
  /** The resource name and file stem: `events` is `csv/events.csv`. */
  name: string;
  title: string;
  columns: Column[];
  primaryKey: string[];
  rows: (string | number)[][];
}

const list = (xs: string[]) => xs.join(" | ");
const s = (name: string, references?: string): Column => ({
  name,
  type: "string",
  ...(references ? { references } : {}),
});
const n = (name: string): Column => ({ name, type: "integer" });
const EVIDENCE: Column[] = [s("quote"), n("start"), n("end"), s("paragraph_id"), n("evidence_count")];
const evidence = (evs: Evidence[]) => {
  const ev = evs[0];
  return [ev?.quote ?? "", ev?.start ?? "", ev?.end ?? "", ev?.paragraphId ?? "", evs.length];
};
const date = (d: DateValue | undefined) => (d ? `${d.edtf} (${d.role})` : "");
const quantity = (q: Quantity) => `${q.type === "count" ? q.value : `${q.min}-${q.max}`} ${q.unit} (${q.counts})`;
const words = (xs: { word: string; kind: string }[]) => list(xs.map((q) => `${q.word} (${q.kind})`));

/**
 * The document as related tables: one row per record, and link tables for the lists of ids
 * (agents, targets, history), so that every reference is a foreign key a tool can check.
 */
export function tables(doc: ReportDocument): Table[] {
  return [
    {
      name: "entities",
      title: "Actors and things",
      columns: [
        s("id"),
        s("kind"),
        s("name"),
        s("aliases"),
        s("country"),
        s("properties"),
        s("quantities"),
        s("dates"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.entities.map((e) => [
        e.id,
        e.kind,
        e.name,
        list(e.aliases),
        e.kind === "country" ? e.country : "",
        list(e.properties.map((p) => `${p.name}: ${p.value}`)),
        list(e.quantities.map(quantity)),
        list(e.dates.map(date)),
        ...evidence(e.evidence),
      ]),
    },
    {
      name: "events",
      title: "Events: who did what to whom",
      columns: [
        s("id"),
        s("type"),
        s("cameo_code"),
        s("aspect"),
        s("date"),
        s("after", "events"),
        s("place", "entities"),
        s("status_word"),
        s("qualifiers"),
        s("purpose"),
        s("topics"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.events.map((e) => [
        e.id,
        e.type,
        EVENT_TYPES[e.type].cameo.code,
        e.aspect,
        date(e.date),
        e.after?.after ?? "",
        e.place ?? "",
        e.status?.word ?? "",
        words(e.qualifiers),
        e.purpose?.quote ?? "",
        list(e.topics.map((t) => t.quote)),
        ...evidence(e.evidence),
      ]),
    },
    {
      name: "event-actors",
      title: "Who takes part in each event, and how",
      columns: [s("event_id", "events"), s("entity_id", "entities"), s("role")],
      primaryKey: ["event_id", "entity_id", "role"],
      rows: doc.events.flatMap((e) => [
        ...e.agents.map((id) => [e.id, id, "agent"]),
        ...e.targets.map((id) => [e.id, id, "target"]),
        ...e.instruments.map((id) => [e.id, id, "instrument"]),
      ]),
    },
    {
      name: "sanctions",
      title: "Sanctions and their current status",
      columns: [
        s("id"),
        s("name"),
        s("authority", "entities"),
        s("part_of", "sanctions"),
        s("status"),
        s("status_word"),
        s("conditions"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.sanctions.map((x) => [
        x.id,
        x.name,
        x.authority,
        x.partOf ?? "",
        x.status,
        x.statusWord,
        list(x.conditions.map((c) => c.evidence.quote)),
        ...evidence(x.evidence),
      ]),
    },
    {
      name: "sanction-targets",
      title: "Whom each sanction targets",
      columns: [s("sanction_id", "sanctions"), s("entity_id", "entities")],
      primaryKey: ["sanction_id", "entity_id"],
      rows: doc.sanctions.flatMap((x) => x.targets.map((id) => [x.id, id])),
    },
    {
      name: "sanction-history",
      title: "Each sanction's status changes in order, with the event that made each",
      columns: [s("sanction_id", "sanctions"), n("position"), s("event_id", "events"), s("status"), s("status_word")],
      primaryKey: ["sanction_id", "position"],
      rows: doc.sanctions.flatMap((x) => x.history.map((h, i) => [x.id, i + 1, h.event, h.status, h.statusWord])),
    },
    {
      name: "restrictions",
      title: "Restrictions: who restricts what, the limit and since when",
      columns: [
        s("id"),
        s("name"),
        s("type"),
        s("cameo_code"),
        s("authority", "entities"),
        s("restricts"),
        s("limit"),
        s("date"),
        s("qualifiers"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.restrictions.map((r) => [
        r.id,
        r.name,
        r.type,
        RESTRICTION_TYPES[r.type].cameo.code,
        r.authority,
        r.restricts.quote,
        r.limit ? quantity(r.limit) : "",
        date(r.date),
        words(r.qualifiers),
        ...evidence(r.evidence),
      ]),
    },
    {
      name: "restriction-targets",
      title: "Whom each restriction targets",
      columns: [s("restriction_id", "restrictions"), s("entity_id", "entities")],
      primaryKey: ["restriction_id", "entity_id"],
      rows: doc.restrictions.flatMap((r) => r.targets.map((id) => [r.id, id])),
    },
    {
      name: "strategies",
      title: "Policies and strategies",
      columns: [s("id"), s("name"), s("type"), s("owner", "entities"), s("adopted"), ...EVIDENCE],
      primaryKey: ["id"],
      rows: doc.strategies.map((x) => [x.id, x.name, x.type, x.owner, date(x.adopted), ...evidence(x.evidence)]),
    },
    {
      name: "goals",
      title: "Goals, priority areas and sub-goals of each strategy, in text order",
      columns: [
        s("id"),
        s("strategy_id", "strategies"),
        s("priority_area_id", "goals"),
        s("level"),
        n("position"),
        s("name"),
        s("means"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.strategies.flatMap((x) => [
        ...x.goals.map((g, i) => [
          g.id,
          x.id,
          "",
          "goal",
          i + 1,
          g.name,
          list(g.means.map((m) => m.quote)),
          ...evidence([g.evidence]),
        ]),
        ...x.priorityAreas.flatMap((a, i) => [
          [a.id, x.id, "", "priority-area", i + 1, a.name, "", ...evidence([a.evidence])],
          ...a.subGoals.map((g, j) => [
            g.id,
            x.id,
            a.id,
            "sub-goal",
            j + 1,
            g.name,
            list(g.means.map((m) => m.quote)),
            ...evidence([g.evidence]),
          ]),
        ]),
      ]),
    },
    {
      name: "relations",
      title: "Lasting ties between entities",
      columns: [
        s("id"),
        s("type"),
        s("source", "entities"),
        s("target", "entities"),
        s("qualifiers"),
        s("external_source"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.relations.map((r) => [
        r.id,
        r.type,
        r.source,
        r.target,
        words(r.qualifiers),
        r.external?.source ?? "",
        ...evidence(r.evidence),
      ]),
    },
  ];
}

/** One CSV file per table, keyed by file name. */
export function csvFiles(all: Table[]): Map<string, string> {
  return new Map(all.map((t) => [`${t.name}.csv`, stringify([t.columns.map((c) => c.name), ...t.rows])]));
}
