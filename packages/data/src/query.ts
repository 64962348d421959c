import { edtfBounds, edtfOverlaps } from "./dates.ts";
import type { Entity, EntityKind } from "./schemas/entity.ts";
import type { Event, EventType } from "./schemas/event.ts";
import type { Relation } from "./schemas/relation.ts";
import type { ReportDocument } from "./schemas/report.ts";
import type { Restriction } from "./schemas/restriction.ts";
import type { Sanction, SanctionStatus } from "./schemas/sanction.ts";
import type { Goal, PriorityArea, Strategy } from "./schemas/strategy.ts";
import type { Paragraph, Sentence } from "./schemas/structure.ts";
import type { DateValue } from "./schemas/values.ts";

export interface EventFilter {
  /** One type or several (`meet`, `impose-sanctions` …). */
  type?: EventType | EventType[];
  /** An entity id among the agents. */
  agent?: string;
  /** An entity id among the targets. */
  target?: string;
  /** Events that can fall on or after this EDTF day, month or year (`2009`, `2009-06`). */
  from?: string;
  /** Events that can fall on or before this EDTF day, month or year. */
  to?: string;
}

/** One status change of a sanction, with the event that made it and that event's date. */
export interface SanctionChange {
  event: Event;
  status: SanctionStatus;
  statusWord: string;
  /** The event's date, when the text gives one. */
  date?: DateValue;
  /** The event it followed, when the text dates it only that way ("following the release …"). */
  after?: Event;
  /** The id of the larger set of sanctions this change belongs to, when it is inherited through `partOf`. */
  from?: string;
}
/** A sanction with its whole chain: the history and conditions of the sanctions it is part of come first. */
export type SanctionView = Omit<Sanction, "history" | "conditions"> & {
  history: SanctionChange[];
  conditions: (Sanction["conditions"][number] & { from?: string })[];
};

/** A dated record on the timeline: each record once. */
export interface TimelineItem {
  id: string;
  kind: "event" | "restriction" | "strategy" | "document";
  record: Event | Restriction | Strategy | Entity;
  /** The date the text gives (an event's `date`, a restriction's `date`, a strategy's `adopted` …). */
  date?: DateValue;
  /** For an event dated only relative to another: the id of that event. */
  after?: string;
}

/** Everything a record of the document does or has done to it. */
export interface Involvement {
  events: Event[];
  sanctions: Sanction[];
  restrictions: Restriction[];
  strategies: Strategy[];
  programs: Entity[];
  relations: { outgoing: Relation[]; incoming: Relation[] };
}

export type AnyRecord = Entity | Event | Sanction | Restriction | Strategy | Goal | PriorityArea | Relation;

export interface ReportIndex {
  getEntity(id: string): Entity | undefined;
  getRelation(id: string): Relation | undefined;
  getEvent(id: string): Event | undefined;
  /** Any record by id: entity, event, sanction, restriction, strategy, goal, priority area or relation. */
  getRecord(id: string): AnyRecord | undefined;
  /** Relations from both ends: where the entity is the source, and where it is the target. */
  relationsOf(id: string): { outgoing: Relation[]; incoming: Relation[] };
  entitiesOfKind(kind: EntityKind): Entity[];
  getParagraph(id: string): Paragraph | undefined;
  getSentence(id: string): Sentence | undefined;
  /** The words of a span of the source text. */
  textOf(span: { start: number; end: number }): string;
  /** Events in text order, optionally only those of a type, agent, target or date range. */
  events(filter?: EventFilter): Event[];
  /** Every sanction with its authority, targets, current status and whole history in order. */
  sanctions(): SanctionView[];
  /** Every restriction with its authority, targets, limit and date. */
  restrictions(): Restriction[];
  /** The assistance strategy (owner, adopted, priority areas with sub-goals), if the document has one. */
  strategy(): Strategy | undefined;
  /** Every policy and strategy. */
  strategies(): Strategy[];
  /** Every dated record once, in chronological order; a record dated after another comes right after it. */
  timeline(): TimelineItem[];
  /** Everything an entity takes part in. */
  involving(id: string): Involvement;
}

const group = <T>(items: T[], keys: (item: T) => (string | undefined)[]) => {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const key of new Set(keys(item))) {
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  return (key: string) => map.get(key) ?? [];
};

/** Builds lookup maps over one document once; every getter is then O(1) or O(result). */
export function indexReport(doc: ReportDocument): ReportIndex {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const events = new Map(doc.events.map((e) => [e.id, e]));
  const paragraphs = new Map(doc.structure.paragraphs.map((p) => [p.id, p]));
  const sentences = new Map(doc.structure.sentences.map((s) => [s.id, s]));
  const records = new Map<string, AnyRecord>();
  for (const r of [...doc.entities, ...doc.events, ...doc.sanctions, ...doc.restrictions, ...doc.relations])
    records.set(r.id, r);
  for (const s of doc.strategies) {
    records.set(s.id, s);
    for (const g of s.goals) records.set(g.id, g);
    for (const a of s.priorityAreas) for (const x of [a, ...a.subGoals]) records.set(x.id, x);
  }
  const outgoing = group(doc.relations, (r) => [r.source]);
  const incoming = group(doc.relations, (r) => [r.target]);
  const byAgent = group(doc.events, (e) => e.agents);
  let sanctionViews: SanctionView[] | undefined;
  let timelineItems: TimelineItem[] | undefined;

  const change = (h: Sanction["history"][number], from?: string): SanctionChange => {
    const event = events.get(h.event) as Event;
    const after = event.after ? events.get(event.after.after) : undefined;
    return {
      event,
      status: h.status,
      statusWord: h.statusWord,
      ...(event.date ? { date: event.date } : {}),
      ...(after ? { after } : {}),
      ...(from ? { from } : {}),
    };
  };
  const sanctionById = new Map(doc.sanctions.map((s) => [s.id, s]));
  const ancestors = (s: Sanction): Sanction[] => {
    const out: Sanction[] = [];
    for (
      let p = s.partOf ? sanctionById.get(s.partOf) : undefined;
      p && !out.includes(p);
      p = p.partOf ? sanctionById.get(p.partOf) : undefined
    )
      out.unshift(p);
    return out;
  };

  return {
    getEntity: (id) => entities.get(id),
    getRelation: (id) => relations.get(id),
    getEvent: (id) => events.get(id),
    getRecord: (id) => records.get(id),
    relationsOf: (id) => ({ outgoing: outgoing(id), incoming: incoming(id) }),
    entitiesOfKind: (kind) => doc.entities.filter((e) => e.kind === kind),
    getParagraph: (id) => paragraphs.get(id),
    getSentence: (id) => sentences.get(id),
    textOf: (span) => doc.source.text.slice(span.start, span.end),
    events(filter = {}) {
      const types =
        filter.type === undefined ? undefined : new Set(Array.isArray(filter.type) ? filter.type : [filter.type]);
      let pool = doc.events;
      if (filter.agent !== undefined) pool = byAgent(filter.agent);
      if (filter.target !== undefined) pool = pool.filter((e) => e.targets.includes(filter.target as string));
      return pool.filter((e) => {
        if (types && !types.has(e.type)) return false;
        if (filter.from === undefined && filter.to === undefined) return true;
        const date = e.date ?? (e.after ? events.get(e.after.after)?.date : undefined);
        const range = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
        return date !== undefined && edtfOverlaps(date.edtf, range);
      });
    },
    sanctions() {
      sanctionViews ??= doc.sanctions.map((s) => {
        const parents = ancestors(s);
        return {
          ...s,
          history: [
            ...parents.flatMap((p) => p.history.map((h) => change(h, p.id))),
            ...s.history.map((h) => change(h)),
          ],
          conditions: [...parents.flatMap((p) => p.conditions.map((c) => ({ ...c, from: p.id }))), ...s.conditions],
        };
      });
      return sanctionViews;
    },
    restrictions: () => doc.restrictions,
    strategy: () => doc.strategies.find((s) => s.type === "assistance-strategy"),
    strategies: () => doc.strategies,
    timeline() {
      timelineItems ??= buildTimeline(doc, events);
      return timelineItems;
    },
    involving(id) {
      const inEvent = (e: Event) =>
        e.agents.includes(id) || e.targets.includes(id) || e.instruments.includes(id) || e.place === id;
      return {
        events: doc.events.filter(inEvent),
        sanctions: doc.sanctions.filter((s) => s.authority === id || s.targets.includes(id)),
        restrictions: doc.restrictions.filter((r) => r.authority === id || r.targets.includes(id)),
        strategies: doc.strategies.filter(
          (s) =>
            s.owner === id ||
            s.targets.includes(id) ||
            s.goals.some((g) => g.targets.includes(id)) ||
            s.priorityAreas.some((a) => a.focus.includes(id) || a.subGoals.some((g) => g.targets.includes(id))),
        ),
        programs: doc.entities.filter((e) => e.kind === "program" && (e.agents.includes(id) || e.targets.includes(id))),
        relations: { outgoing: outgoing(id), incoming: incoming(id) },
      };
    },
  };
}

function buildTimeline(doc: ReportDocument, events: Map<string, Event>): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const e of doc.events) {
    if (e.date) items.push({ id: e.id, kind: "event", record: e, date: e.date });
    else if (e.after) items.push({ id: e.id, kind: "event", record: e, after: e.after.after });
  }
  for (const r of doc.restrictions) if (r.date) items.push({ id: r.id, kind: "restriction", record: r, date: r.date });
  for (const s of doc.strategies) if (s.adopted) items.push({ id: s.id, kind: "strategy", record: s, date: s.adopted });
  for (const d of doc.entities)
    if (d.kind === "document" && d.dates[0]) items.push({ id: d.id, kind: "document", record: d, date: d.dates[0] });

  const byId = new Map(items.map((i) => [i.id, i]));
  const keyOf = (item: TimelineItem, depth = 0): string => {
    if (item.date) return edtfBounds(item.date.edtf).start ?? "0000";
    const anchor = item.after ? byId.get(item.after) : undefined;
    const anchorKey =
      anchor && depth < items.length ? keyOf(anchor, depth + 1) : (events.get(item.after ?? "")?.date?.edtf ?? "9999");
    return `${anchorKey}+`;
  };
  const offset = (item: TimelineItem) => (item.record as { evidence: { start: number }[] }).evidence[0]?.start ?? 0;
  return items
    .map((item) => ({ item, key: keyOf(item), at: offset(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at))
    .map(({ item }) => item);
}
