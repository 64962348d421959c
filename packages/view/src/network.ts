import type { Event, ReportDocument } from "@report/data";
import { contextOf, entityName } from "./context.ts";
import { relationTypeLabel } from "./labels.ts";
import { pluralAgents } from "./sentences.ts";
import { EVENT_VERBS, pluralPresent, STATUS_VERBS } from "./verbs.ts";
import { capitalize, listParts, listWords } from "./words.ts";

/** A box of the picture: one entity, or the several entities one action is done to. */
export interface NetworkNode {
  /** The entity's id, or `${eventType}:${id}+${id}…` for the objects of one action. */
  id: string;
  entities: { id: string; name: string }[];
  /** `actor`: it acts in at least one event; `object`: it is only acted on. */
  role: "actor" | "object";
}

/** An arrow: what one actor does to a node (events), or a lasting tie between two actors. */
export interface NetworkEdge {
  from: string;
  to: string;
  kind: "event" | "tie";
  /** What is done, as verbs in order ("funded", "attacks"), or the tie ("part of", "cooperates with"). */
  labels: string[];
  /** The events or relations it stands for. */
  ids: string[];
  /** The same fact as a sentence, for the picture's text alternative. */
  sentence: string;
  /** The sentence in runs, each entity's name with its id, so a page can link the names. */
  parts: SentencePart[];
}

/** A run of a sentence: plain words, or an entity's name (with its id). */
export interface SentencePart {
  text: string;
  id?: string | undefined;
}

export interface ActorNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** The verb of an event as it stands between an actor and what it acts on: "funded", "puts on trial", "increased sanctions on". */
export function eventVerb(doc: ReportDocument, e: Event): string {
  const v = EVENT_VERBS[e.type];
  const printed = e.status ? STATUS_VERBS[e.type]?.[e.status.word] : undefined;
  const present = pluralAgents(doc, e.agents.slice(0, 1)) ? pluralPresent(v.present) : v.present;
  const verb = printed ?? (e.aspect === "completed" ? v.past : present);
  return [verb, e.targets.length > 0 || !v.direct ? (v.object ?? "") : "", v.tail ?? ""].filter(Boolean).join(" ");
}

/**
 * "United States made statements to, engages with … government of Belarus"; a tie as "U.S. officials:
 * member of United States"; a verb that ends after its object around it ("presses X on human rights").
 */
function sentenceOf(
  edge: Omit<NetworkEdge, "sentence" | "parts">,
  from: SentencePart[],
  to: SentencePart[],
  tails: Map<string, string>,
): SentencePart[] {
  const start = from.map((p, i) => (i === 0 ? { ...p, text: capitalize(p.text) } : p));
  if (edge.kind === "tie") return [...start, { text: `: ${listWords(edge.labels)} ` }, ...to];
  const plain = edge.labels.filter((l) => !tails.has(l));
  const around = edge.labels.filter((l) => tails.has(l));
  const phrases: SentencePart[][] = [
    ...(plain.length > 0 ? [[{ text: `${listWords(plain)} ` }, ...to]] : []),
    ...around.map((l) => {
      const tail = tails.get(l) as string;
      return [{ text: `${l.slice(0, -tail.length - 1)} ` }, ...to, { text: ` ${tail}` }];
    }),
  ];
  // The phrases joined as an English list, keeping each phrase's runs.
  const joined: SentencePart[] = [];
  listParts(phrases.map((_, i) => String(i))).forEach((p) => {
    joined.push(...(p.type === "element" ? (phrases[Number(p.value)] ?? []) : [{ text: p.value }]));
  });
  return [...start, { text: " " }, ...joined];
}

/** What an event is done to: its targets, or for a verb that takes them as object, its instruments. */
const objectsOf = (e: Event) => (e.targets.length > 0 ? e.targets : EVENT_VERBS[e.type].direct ? e.instruments : []);

/** The ties drawn between actors: how bodies belong together, and who works with whom. */
const TIES = new Set(["part-of", "member-of", "leads", "cooperates-with", "coordinates-with", "partner-of"]);
/** Who works with whom: drawn even when one side acts in no event (the EU, which the U.S. coordinates with). */
export const WORKS_WITH = new Set(["cooperates-with", "coordinates-with", "partner-of"]);

/**
 * Who acts on whom, from the events (an arrow from each agent to what it acts on; the several objects of
 * one action share a box) and the lasting ties between actors, with every party to a tie of working together. Arrows between the same two boxes are one
 * arrow with every verb. Nodes and edges come in the order the text first gives them.
 */
export function actorNetwork(doc: ReportDocument): ActorNetwork {
  const { index } = contextOf(doc);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, Omit<NetworkEdge, "sentence" | "parts">>();
  // A verb that ends after its object ("presses … on human rights") is written around it in the sentence.
  const tails = new Map<string, string>();
  const node = (ids: string[], role: NetworkNode["role"], type: string) => {
    const id = ids.length === 1 ? (ids[0] as string) : `${type}:${ids.join("+")}`;
    const known = nodes.get(id);
    if (known) {
      if (role === "actor") known.role = "actor";
    } else nodes.set(id, { id, role, entities: ids.map((e) => ({ id: e, name: entityName(doc, e) })) });
    return id;
  };
  // A box's entities as a list in runs: "A, B, and C", each name with its id.
  const names = (id: string): SentencePart[] => {
    const entities = nodes.get(id)?.entities ?? [];
    let next = 0;
    return listParts(entities.map((e) => e.name)).map((p) =>
      p.type === "element" ? { text: p.value, id: entities[next++]?.id } : { text: p.value },
    );
  };
  const add = (from: string, to: string, kind: NetworkEdge["kind"], label: string, id: string) => {
    const key = `${from}>${to}`;
    const edge = edges.get(key) ?? { from, to, kind, labels: [] as string[], ids: [] as string[] };
    if (!edge.labels.includes(label)) edge.labels.push(label);
    edge.ids.push(id);
    if (kind === "event") edge.kind = "event";
    edges.set(key, edge);
  };
  for (const e of doc.events) for (const a of e.agents) node([a], "actor", e.type);
  for (const e of doc.events) {
    const objects = objectsOf(e);
    if (objects.length === 0) continue;
    const to = node(objects, "object", e.type);
    const verb = eventVerb(doc, e);
    const tail = EVENT_VERBS[e.type].tail;
    if (tail) tails.set(verb, tail);
    for (const a of e.agents) add(a, to, "event", verb, e.id);
  }
  for (const r of doc.relations) {
    if (!TIES.has(r.type)) continue;
    if (WORKS_WITH.has(r.type)) for (const id of [r.source, r.target]) node([id], "actor", r.type);
    if (nodes.get(r.source)?.role === "actor" && nodes.get(r.target)?.role === "actor")
      add(r.source, r.target, "tie", relationTypeLabel(r.type), r.id);
  }
  // Every box's entities exist: an id the document does not know is left out rather than shown raw.
  for (const n of nodes.values()) n.entities = n.entities.filter((e) => index.getEntity(e.id));
  return {
    nodes: [...nodes.values()].filter((n) => n.entities.length > 0),
    edges: [...edges.values()].map((edge) => {
      const parts = sentenceOf(edge, names(edge.from), names(edge.to), tails);
      return { ...edge, parts, sentence: parts.map((p) => p.text).join("") };
    }),
  };
}
