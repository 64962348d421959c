import { stringify } from "csv-stringify/sync";
import type { Evidence } from "../../src/schemas/evidence.ts";
import { keysOf } from "../../src/schemas/keys.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { DateValue, Quantity } from "../../src/schemas/values.ts";
import {
  DATE_ROLES,
  ENTITY_KINDS,
  EVENT_TYPES,
  RELATION_TYPES,
  RESTRICTION_TYPES,
  SANCTION_STATUSES,
} from "../../src/vocabulary.ts";

export interface Column {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
  /** A foreign key: the column holds an id of another table (`""` is none). */
  references?: string;
  /** The only values it may hold (a vocabulary). */
  enum?: readonly string[];
}
export interface Table {
  /** The resource name and file stem: `events` is `csv/events.csv`. */
  name: string;
  title: string;
  columns: Column[];
  primaryKey: string[];
  rows: (string | number | boolean)[][];
}

const list = (xs: string[]) => xs.join(" | ");
const s = (name: string, description: string, more: Partial<Column> = {}): Column => ({
  name,
  type: "string",
  description,
  ...more,
});
const n = (name: string, description: string, type: "integer" | "number" = "integer"): Column => ({
  name,
  type,
  description,
});
const ref = (name: string, table: string, description: string) => s(name, description, { references: table });
const vocab = (name: string, table: Record<string, unknown>, description: string) =>
  s(name, description, { enum: keysOf(table) });
const EVIDENCE: Column[] = [
  s("quote", "The first quote that proves it, verbatim from the source text"),
  n("start", "Where the quote starts in source.txt (UTF-16 code units; bytes for this ASCII text)"),
  n("end", "Where the quote ends in source.txt (exclusive)"),
  s("paragraph_id", "The paragraph of the quote (p3, intro …)"),
  n("evidence_count", "How many quotes prove it in all (report.json has every one)"),
];
const IMPLIED = s("implied", "Fields read from the sentence rather than stated by its words, separated by ' | '");
const DATE: Column[] = [
  s("date_edtf", "The date in EDTF, at the precision the text gives (2009-06, {2007,2008}, 2008-05/..)"),
  vocab("date_role", DATE_ROLES, "What the date marks"),
];
const evidence = (evs: Evidence[]) => {
  const ev = evs[0];
  return [ev?.quote ?? "", ev?.start ?? "", ev?.end ?? "", ev?.paragraphId ?? "", evs.length];
};
const date = (d: DateValue | undefined) => [d?.edtf ?? "", d?.role ?? ""];
const quantity = (q: Quantity) => `${q.type === "count" ? q.value : `${q.min}-${q.max}`} ${q.unit} (${q.counts})`;
const words = (xs: { word: string; kind: string }[]) => list(xs.map((q) => `${q.word} (${q.kind})`));

/**
 * The document as related tables: one row per record, one value per cell where a tool would filter
 * or join, and link tables for the lists of ids (agents, targets, history), so that every reference
 * is a foreign key a tool can check.
 */
export function tables(doc: ReportDocument): Table[] {
  return [
    {
      name: "entities",
      title: "Actors and things",
      columns: [
        s("id", "The entity's id"),
        vocab("kind", ENTITY_KINDS, "What it is (vocabulary.entityKinds, each with its FollowTheMoney schema)"),
        s("name", "Its name, as the report names it"),
        s("aliases", "Other names, separated by ' | '"),
        s("country", "For a country, its ISO 3166-1 alpha-2 code"),
        s("properties", "Properties the text states (name: value), separated by ' | '"),
        s("quantities", "Numbers the text gives (value unit (what it counts)), separated by ' | '"),
        s("dates", "Dates the text gives (EDTF (role)), separated by ' | '"),
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
        list(e.dates.map((d) => `${d.edtf} (${d.role})`)),
        ...evidence(e.evidence),
      ]),
    },
    {
      name: "events",
      title: "Events: who did what to whom (agents and targets in event-actors)",
      columns: [
        s("id", "The event's id"),
        vocab("type", EVENT_TYPES, "What happened (vocabulary.eventTypes)"),
        s("cameo_code", "The CAMEO event code of its type"),
        s("aspect", "completed (reported as done) or ongoing (reported as going on)", {
          enum: ["completed", "ongoing"],
        }),
        ...DATE,
        s("date_qualifier", "A word the EDTF cannot hold, as printed (early, mid)"),
        ref("after", "events", "When the text dates it only relative to another event: that event"),
        ref("place", "entities", "Where it happened"),
        s("status_word", "The status word as printed (suspended, extended)"),
        s("qualifiers", "Words that qualify it (word (kind)), separated by ' | '"),
        s("purpose", "What it is for, as printed"),
        s("topics", "What it is about, as printed, separated by ' | '"),
        IMPLIED,
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.events.map((e) => [
        e.id,
        e.type,
        EVENT_TYPES[e.type].cameo.code,
        e.aspect,
        ...date(e.date),
        e.date?.qualifier?.word ?? "",
        e.after?.after ?? "",
        e.place ?? "",
        e.status?.word ?? "",
        words(e.qualifiers),
        e.purpose?.quote ?? "",
        list(e.topics.map((t) => t.quote)),
        list(e.implied),
        ...evidence(e.evidence),
      ]),
    },
    {
      name: "event-actors",
      title: "Who takes part in each event, and how",
      columns: [
        ref("event_id", "events", "The event"),
        ref("entity_id", "entities", "An entity that takes part in it"),
        s("role", "agent (who acts), target (to or with whom) or instrument (through what)", {
          enum: ["agent", "target", "instrument"],
        }),
        {
          name: "implied",
          type: "boolean",
          description: "True when the sentence implies this role rather than stating it",
        },
      ],
      primaryKey: ["event_id", "entity_id", "role"],
      rows: doc.events.flatMap((e) => [
        ...e.agents.map((id) => [e.id, id, "agent", e.implied.includes("agents")]),
        ...e.targets.map((id) => [e.id, id, "target", e.implied.includes("targets")]),
        ...e.instruments.map((id) => [e.id, id, "instrument", false]),
      ]),
    },
    {
      name: "sanctions",
      title: "Sanctions and their current status (history in sanction-history)",
      columns: [
        s("id", "The sanction's id"),
        s("name", "As the report names it"),
        ref("authority", "entities", "Who imposed it"),
        ref("part_of", "sanctions", "A larger set of sanctions it belongs to"),
        vocab("status", SANCTION_STATUSES, "Its current status (vocabulary.sanctionStatuses)"),
        s("status_word", "The printed word that set the current status (suspended, never lifted)"),
        s("conditions", "What further action depends on, as printed, separated by ' | '"),
        IMPLIED,
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
        list(x.implied),
        ...evidence(x.evidence),
      ]),
    },
    {
      name: "sanction-targets",
      title: "Whom each sanction targets",
      columns: [ref("sanction_id", "sanctions", "The sanction"), ref("entity_id", "entities", "A target")],
      primaryKey: ["sanction_id", "entity_id"],
      rows: doc.sanctions.flatMap((x) => x.targets.map((id) => [x.id, id])),
    },
    {
      name: "sanction-history",
      title: "Each sanction's own status changes in order, with the event that made each",
      columns: [
        ref("sanction_id", "sanctions", "The sanction"),
        n("position", "1 for its first change, then in chronological order"),
        ref("event_id", "events", "The event that made the change (its date is in events)"),
        vocab("status", SANCTION_STATUSES, "The status after the change"),
        s("status_word", "The word the report prints for the change"),
      ],
      primaryKey: ["sanction_id", "position"],
      rows: doc.sanctions.flatMap((x) => x.history.map((h, i) => [x.id, i + 1, h.event, h.status, h.statusWord])),
    },
    {
      name: "restrictions",
      title: "Restrictions: who restricts what, the limit and since when",
      columns: [
        s("id", "The restriction's id"),
        s("name", "A short name"),
        vocab("type", RESTRICTION_TYPES, "What kind of restriction (vocabulary.restrictionTypes)"),
        s("cameo_code", "The CAMEO event code of its type"),
        ref("authority", "entities", "Who restricts"),
        s("restricts", "What is restricted, as printed"),
        n("limit_value", "The limit, when it is one number", "number"),
        n("limit_min", "The limit's lower end, when it is a range", "number"),
        n("limit_max", "The limit's upper end, when it is a range", "number"),
        s("limit_unit", "What the limit counts (diplomat)"),
        ...DATE,
        s("qualifiers", "Words that qualify it (word (kind)), separated by ' | '"),
        IMPLIED,
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
        r.limit?.type === "count" ? r.limit.value : "",
        r.limit?.type === "range" ? r.limit.min : "",
        r.limit?.type === "range" ? r.limit.max : "",
        r.limit?.unit ?? "",
        ...date(r.date),
        words(r.qualifiers),
        list(r.implied),
        ...evidence(r.evidence),
      ]),
    },
    {
      name: "restriction-targets",
      title: "Whom each restriction targets",
      columns: [ref("restriction_id", "restrictions", "The restriction"), ref("entity_id", "entities", "A target")],
      primaryKey: ["restriction_id", "entity_id"],
      rows: doc.restrictions.flatMap((r) => r.targets.map((id) => [r.id, id])),
    },
    {
      name: "strategies",
      title: "Policies and strategies (goals in goals)",
      columns: [
        s("id", "The strategy's id"),
        s("name", "As the report names it"),
        s("type", "policy or assistance-strategy", { enum: ["policy", "assistance-strategy"] }),
        ref("owner", "entities", "Whose it is"),
        s("adopted_edtf", "When it was adopted, in EDTF"),
        ...EVIDENCE,
      ],
      primaryKey: ["id"],
      rows: doc.strategies.map((x) => [x.id, x.name, x.type, x.owner, x.adopted?.edtf ?? "", ...evidence(x.evidence)]),
    },
    {
      name: "goals",
      title: "Goals, priority areas and sub-goals of each strategy, in text order",
      columns: [
        s("id", "The goal's id"),
        ref("strategy_id", "strategies", "The strategy it belongs to"),
        ref("priority_area_id", "goals", "For a sub-goal, its priority area"),
        s("level", "goal, priority-area or sub-goal", { enum: ["goal", "priority-area", "sub-goal"] }),
        n("position", "Its place in text order among its siblings"),
        s("name", "Its name, from the report's words"),
        s("means", "The means the text gives (by enhancing …), separated by ' | '"),
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
        s("id", "source--type--target"),
        vocab("type", RELATION_TYPES, "The tie (vocabulary.relationTypes, each mapped to FollowTheMoney)"),
        ref("source", "entities", "The entity the tie goes from"),
        ref("target", "entities", "The entity the tie goes to"),
        s("qualifiers", "Words that qualify it (word (kind)), separated by ' | '"),
        s("external_source", "When the text does not state the tie: where it is known from"),
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
