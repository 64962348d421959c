import type { EntityKind, Quote } from "@report/data/schema";
import type { Mention } from "./actors.ts";
import type { Analysis } from "./analyse.ts";
import type { EventCandidate, Span } from "./candidates.ts";
import { printable } from "./defects.ts";
import type { IdAllocator } from "./slug.ts";

type Item = Record<string, unknown>;

/** What became of each candidate: the record it is in, or why it is not in the draft yet. */
export interface Decisions {
  /** Actor id -> why it is not an entity of the draft (absent: it is one). */
  actors: Map<string, string>;
  events: Map<EventCandidate, { id?: string; reason?: string }>;
}

const sameQuote = (a: Quote, b: Quote) => a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

/**
 * The entities a draft can hold under the build's rules: an entity must take part in a record (no
 * orphans), so only the actors of event candidates, and the countries their bodies belong to
 * (every U.S. body, post and mission reaches the United States through part-of, stated by its
 * words or cited from the gazetteer). Every other actor candidate stays in REVIEW.md.
 */
export function placeEntities(a: Analysis, quote: (s: Span) => Quote | undefined, ids: IdAllocator) {
  const decisions: Decisions = { actors: new Map(), events: new Map() };
  const byId = new Map<string, Mention[]>();
  for (const m of a.actors) {
    const all = byId.get(m.id);
    if (all) all.push(m);
    else byId.set(m.id, [m]);
  }
  const evidenceOf = new Map<string, Quote[]>();
  const quotable = (id: string) => {
    if (!evidenceOf.has(id)) {
      const qs: Quote[] = [];
      for (const m of byId.get(id) ?? []) {
        const q = m.contextual ? undefined : quote(m);
        if (q && !qs.some((o) => sameQuote(o, q))) qs.push(q);
      }
      evidenceOf.set(id, qs);
    }
    return (evidenceOf.get(id) as Quote[]).length > 0;
  };
  const wanted = new Set(a.events.flatMap((e) => [...e.agents, ...e.targets, ...(e.place ? [e.place] : [])]));
  const written = new Set<string>();
  for (const id of wanted) {
    const first = byId.get(id)?.find((m) => !m.contextual);
    const partOf = first?.partOf?.id;
    if (!quotable(id)) decisions.actors.set(id, "none of its mentions could be quoted uniquely");
    else if (partOf && !quotable(partOf))
      decisions.actors.set(id, `the build needs it tied to '${partOf}', which the text does not name`);
    else {
      written.add(id);
      if (partOf) written.add(partOf);
    }
  }
  for (const id of byId.keys())
    if (!written.has(id) && !decisions.actors.has(id))
      decisions.actors.set(id, "no record of the draft refers to it yet (the build allows no orphan entity)");

  const entities = new Map<EntityKind, Item[]>();
  const relations: Item[] = [];
  for (const id of written) {
    const all = byId.get(id) as Mention[];
    const named = all.filter((m) => !m.contextual);
    const first = named[0] as Mention;
    ids.take(id, id);
    const printed = (m: Mention) => printable(a.text.slice(m.start, m.end)).replace(/^the\s+/, "");
    const aliases = [...new Set(named.map(printed))].filter((n) => n !== first.name);
    const mentions = all
      .filter((m) => m.contextual)
      .map(quote)
      .filter((q): q is Quote => q !== undefined);
    const record: Item = {
      id,
      kind: first.kind,
      ...(first.country && { country: first.country }),
      name: printable(first.name),
      ...(aliases.length > 0 && { aliases }),
      ...(mentions.length > 0 && { mentions }),
      draft: true,
      confidence: Math.max(...named.map((m) => m.confidence)),
      evidence: evidenceOf.get(id),
    };
    entities.set(first.kind, [...(entities.get(first.kind) ?? []), record]);
    const tie = first.partOf;
    if (tie && written.has(tie.id)) {
      // Words that state the tie ("U.S. mission in Belarus", "government of Belarus"), else the gazetteer's reference.
      const stated = named.find((m) => m.partOf && !m.partOf.external);
      const evidence = stated && quote(stated);
      relations.push({
        type: "part-of",
        source: id,
        target: tie.id,
        ...(evidence
          ? { evidence: [evidence] }
          : { external: { source: tie.external ?? "to fill in: a reference for this tie" } }),
      });
    }
  }
  // Mentions ("the government") are evidence too: the build's coverage counts them.
  const covered = new Set(a.actors.filter((m) => written.has(m.id) && quote(m)).map((m) => m.sentenceId));
  return { entities, relations, written, decisions, covered };
}
