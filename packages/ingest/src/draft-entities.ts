import type { EntityKind, Quote } from "@report/data/schema";
import type { Mention } from "./actors.ts";
import type { Analysis } from "./analyse.ts";
import type { DateCandidate, EventCandidate, QuantityCandidate, Span } from "./candidates.ts";
import { printable } from "./defects.ts";
import type { IdAllocator } from "./slug.ts";

type Item = Record<string, unknown>;

/** What became of each candidate: the record it is in, or why it is not in the draft yet. */
export interface Decisions {
  /** Actor id -> why it is not an entity of the draft (absent: it is one). */
  actors: Map<string, string>;
  events: Map<EventCandidate, { id?: string; reason?: string }>;
  /** Each date and quantity a record holds -> where ("events.yaml `meet-…` (date)"). */
  placed: Map<DateCandidate | QuantityCandidate, string[]>;
}

/** Why an actor can never be an entity of a draft, whatever refers to it. */
function neverAnEntity(text: string, all: Mention[]): string | undefined {
  const first = all[0] as Mention;
  if (first.kind === "person")
    return "the data has no kind for a person (it records the post a person holds, or a group): add the post or group by hand";
  if (first.kind === "group" && /\bofficials$/.test(first.name))
    return "the build requires a group of officials to reach a country through part-of, and the words do not say whose officials they are: add the group and its tie by hand";
  if (all.every((m) => m.contextual))
    return `it is named only in context words ("${text.slice(first.start, first.end)}"), which cannot be its evidence: name it by hand`;
  return undefined;
}

/**
 * The actors that can be entities of a draft: those whose words can be quoted (and, for a body,
 * post or mission, whose country can: the build requires the part-of tie), and that a person or a
 * group of unnamed officials is not. `reason(id)` says why another one cannot.
 */
export function entityRules(a: Analysis, quote: (s: Span) => Quote | undefined) {
  const byId = new Map<string, Mention[]>();
  for (const m of a.actors) {
    const all = byId.get(m.id);
    if (all) all.push(m);
    else byId.set(m.id, [m]);
  }
  const evidenceOf = new Map<string, Quote[]>();
  const evidence = (id: string) => {
    if (!evidenceOf.has(id)) {
      const qs: Quote[] = [];
      // A selector picks one place, so one quote per place (a long text names the U.S. thousands of times).
      const places = new Set<string>();
      for (const m of byId.get(id) ?? []) {
        const place = `${m.start}:${m.end}`;
        if (m.contextual || places.has(place)) continue;
        places.add(place);
        const q = quote(m);
        if (q) qs.push(q);
      }
      evidenceOf.set(id, qs);
    }
    return evidenceOf.get(id) as Quote[];
  };
  // Whether some mention can be quoted: the first that can answers it (a long text names the U.S. thousands of times).
  const quotable = new Map<string, boolean>();
  const hasEvidence = (id: string) => {
    if (!quotable.has(id))
      quotable.set(
        id,
        evidenceOf.has(id)
          ? evidence(id).length > 0
          : (byId.get(id) ?? []).some((m) => !m.contextual && quote(m) !== undefined),
      );
    return quotable.get(id) as boolean;
  };
  const reasons = new Map<string, string | undefined>();
  const reason = (id: string): string | undefined => {
    if (!reasons.has(id)) {
      const all = byId.get(id) ?? [];
      const partOf = all.find((m) => !m.contextual)?.partOf?.id;
      reasons.set(
        id,
        (all.length > 0 ? neverAnEntity(a.text, all) : "it is not an actor candidate") ??
          (!hasEvidence(id)
            ? "none of its mentions could be quoted uniquely"
            : partOf && (reason(partOf) || !hasEvidence(partOf))
              ? `the build needs it tied to '${partOf}', which the text does not name`
              : undefined),
      );
    }
    return reasons.get(id);
  };
  return { byId, evidence, reason };
}

/**
 * The entities of a draft under the build's rules: an entity must take part in a record (no
 * orphans), so the actors that the draft's events refer to (`referenced`), and every body, post or
 * mission with its part-of tie (the tie is the record: stated by its words, or cited from the
 * gazetteer), with the countries they belong to. A counted group holds its count; a document the
 * year its name gives. Every other actor candidate stays in REVIEW.md, with the reason.
 */
export function placeEntities(
  a: Analysis,
  quote: (s: Span) => Quote | undefined,
  ids: IdAllocator,
  rules: ReturnType<typeof entityRules>,
  referenced: Set<string>,
  decisions: Decisions,
) {
  const { byId, evidence, reason } = rules;
  const written = new Set<string>();
  const tied = (id: string) => byId.get(id)?.find((m) => !m.contextual)?.partOf?.id;
  for (const id of byId.keys()) {
    if (reason(id) || !(referenced.has(id) || tied(id))) continue;
    written.add(id);
    const partOf = tied(id);
    if (partOf) written.add(partOf);
  }
  for (const id of byId.keys())
    if (!written.has(id))
      decisions.actors.set(
        id,
        reason(id) ?? "no record of the draft refers to it yet (the build allows no orphan entity)",
      );

  const entities = new Map<EntityKind, Item[]>();
  const relations: Item[] = [];
  for (const id of written) {
    const all = byId.get(id) as Mention[];
    const named = all.filter((m) => !m.contextual);
    const first = named[0] as Mention;
    const kind = first.kind as EntityKind;
    ids.take(id, id);
    const printed = (m: Mention) => printable(a.text.slice(m.start, m.end)).replace(/^the\s+/, "");
    const aliases = [...new Set(named.filter((m) => m.kind !== "group").map(printed))].filter((n) => n !== first.name);
    const mentions = all
      .filter((m) => m.contextual)
      .map(quote)
      .filter((q): q is Quote => q !== undefined);
    const quantities: Item[] = [];
    for (const m of named) {
      const q = m.quantity && quantityRecord(m.quantity, quote);
      if (!q || !m.quantity) continue;
      quantities.push(q);
      decisions.placed.set(m.quantity, [`entities/${kind}.yaml \`${id}\` (quantities)`]);
    }
    const dates = a.dates.filter((d) => d.of === id && quote(d));
    for (const d of dates) decisions.placed.set(d, [`entities/${kind}.yaml \`${id}\` (dates, role covers)`]);
    const record: Item = {
      id,
      kind,
      ...(first.country && { country: first.country }),
      name: printable(first.name),
      ...(aliases.length > 0 && { aliases }),
      ...(mentions.length > 0 && { mentions }),
      ...(quantities.length > 0 && { quantities }),
      ...(dates.length > 0 && {
        dates: dates.map((d) => ({ edtf: d.edtf, role: d.role, evidence: quote(d) })),
      }),
      draft: true,
      confidence: Math.max(...named.map((m) => m.confidence)),
      evidence: evidence(id),
    };
    entities.set(kind, [...(entities.get(kind) ?? []), record]);
    const tie = first.partOf;
    if (tie && written.has(tie.id)) {
      // Words that state the tie ("U.S. mission in Belarus", "government of Belarus"), else the gazetteer's reference.
      const stated = named.find((m) => m.partOf && !m.partOf.external);
      const words = stated && quote(stated);
      relations.push({
        type: "part-of",
        source: id,
        target: tie.id,
        ...(words
          ? { evidence: [words] }
          : { external: { source: tie.external ?? "to fill in: a reference for this tie" } }),
      });
    }
  }
  // Mentions ("the government") are evidence too: the build's coverage counts them.
  // One quotable mention covers its sentence: the others of that sentence need no quote.
  const covered = new Set<string>();
  for (const m of a.actors) if (!covered.has(m.sentenceId) && written.has(m.id) && quote(m)) covered.add(m.sentenceId);
  return { entities, relations, written, covered };
}

/** A count or range as the entity's quantity record (money has no place in the data). */
function quantityRecord(q: QuantityCandidate, quote: (s: Span) => Quote | undefined): Item | undefined {
  const evidence = quote(q);
  if (!evidence || q.type === "money") return undefined;
  const value = q.type === "count" ? { value: q.value } : { min: q.min, max: q.max };
  return { type: q.type, ...value, unit: q.unit, counts: q.counts, evidence };
}
