import type { Entity, Event, Relation, ReportDocument, Restriction, Sanction, Strategy } from "@report/data";
import { contextOf, entityName, typedRecord } from "./context.ts";
import { datedWords, eventWhen, whenWords } from "./dates.ts";
import { kindLabel, relationTypeLabel, sanctionStatusLabel } from "./labels.ts";
import { countWords, quantityWords } from "./quantity.ts";
import { EVENT_VERBS, pluralPresent, STATUS_VERBS } from "./verbs.ts";
import { capitalize, listWords, wordsAt } from "./words.ts";

// One line for each record, for lists, tables, timelines and search results: who did what to whom,
// where and when; what a sanction is and its state; what a restriction limits and since when.

const names = (doc: ReportDocument, ids: readonly string[]) => listWords(ids.map((id) => entityName(doc, id)));

/** Said after actors the sentence implies but does not name (a passive voice's agent). */
export const IMPLIED_WORDS = "(implied, not named)";
/** The names of an event's agents or targets, marked when the report does not name them (for a list of facts). */
export function actorWords(doc: ReportDocument, e: Event, field: "agents" | "targets"): string {
  const words = names(doc, e[field]);
  return e.implied.includes(field) && words ? `${words} ${IMPLIED_WORDS}` : words;
}

/** The end of an event's sentence when its words imply who acted or on whom: "(who acted is implied, not named)". */
export function impliedNote(e: Event): string {
  const who = [e.implied.includes("agents") && "who acted", e.implied.includes("targets") && "on whom"].filter(
    (x): x is string => typeof x === "string",
  );
  return who.length === 0 ? "" : `(${who.join(" and ")} ${who.length > 1 ? "are" : "is"} implied, not named)`;
}

/** Whether a verb agreeing with these agents takes the plural: several agents, or one collective named in the plural. */
export function pluralAgents(doc: ReportDocument, ids: readonly string[]): boolean {
  if (ids.length !== 1) return true;
  const e = contextOf(doc).index.getEntity(ids[0] as string);
  return e?.kind === "group" && /(?:[^s']s|people)$/.test(e.name);
}

export interface SentenceOptions {
  /** Leave the date out (when it is shown beside the sentence, as on a timeline). */
  when?: boolean;
}

/**
 * "Helsinki Commission delegation met opposition and civil society leaders in Minsk in June 2009";
 * "United States suspended sanctions on two subsidiaries … after the release of the last political
 * prisoners". Past tense for what the text reports as done, present for what goes on.
 */
export function eventSentence(doc: ReportDocument, e: Event, opts: SentenceOptions = {}): string {
  const v = EVENT_VERBS[e.type];
  const printed = e.status ? STATUS_VERBS[e.type]?.[e.status.word] : undefined;
  const present = pluralAgents(doc, e.agents) ? pluralPresent(v.present) : v.present;
  const verb = printed ?? (e.aspect === "completed" ? v.past : present);
  const objects = e.targets.length > 0 ? e.targets : v.direct ? e.instruments : [];
  const focused = focusedAction(e, verb);
  const parts = [capitalize(names(doc, e.agents)), focused ?? verb];
  if (objects.length > 0) parts.push(focused ? "" : (v.object ?? ""), names(doc, objects));
  if (v.tail) parts.push(v.tail);
  const through = objects === e.instruments ? [] : e.instruments;
  if (through.length > 0) parts.push("through", names(doc, through));
  if (e.place) parts.push("in", entityName(doc, e.place));
  const when = opts.when === false ? undefined : eventWhen(doc, e);
  if (when) parts.push(when);
  parts.push(impliedNote(e));
  return parts.filter((p) => p !== "").join(" ");
}

/**
 * The action of an event whose targets are only what it focuses on ("supports efforts to reduce trafficking
 * in persons, with a particular focus on … women …"), in the text's own words: from the verb to the end of its
 * purpose, then the scope's words, so the sentence never says it is done to the targets themselves.
 */
function focusedAction(e: Event, verb: string): string | undefined {
  const scope = e.qualifiers.find((q) => q.kind === "scope");
  if (!scope || !e.purpose || e.targets.length === 0) return undefined;
  const text = e.evidence[0]?.quote ?? "";
  const from = wordsAt(text, verb);
  const end = text.indexOf(e.purpose.quote);
  if (from < 0 || end < from) return undefined;
  return `${text.slice(from, end + e.purpose.quote.length)}, ${scope.word}`;
}

/**
 * One change of a sanction as the report words it: the printed status word with what follows it in the
 * words that state the change, then when. "increased existing sanctions on the regime in 2007 and 2008"
 * (so an increase never reads as the start), "the suspension was extended in November 2009".
 */
export function sanctionStepWords(doc: ReportDocument, statusWord: string, e: Event): string {
  const quote = e.status?.evidence.quote ?? "";
  const at = wordsAt(quote, statusWord, { ignoreCase: true });
  const what = at >= 0 ? quote.slice(at + statusWord.length).trim() : "";
  // Nothing after the word ("The suspension was extended"): the words before it say what changed.
  const change = what ? `${statusWord} ${what}` : at > 0 ? quote.charAt(0).toLowerCase() + quote.slice(1) : statusWord;
  const when = eventWhen(doc, e);
  return [change, when && !change.includes(when) ? when : ""].filter(Boolean).join(" ");
}

/** The changes of a sanction in words: "increased existing sanctions on the regime in 2007 and 2008, …". */
export function sanctionHistoryWords(doc: ReportDocument, s: Sanction): string[] {
  const view = contextOf(doc)
    .index.sanctions()
    .find((x) => x.id === s.id);
  return (view?.history ?? []).map((h) => sanctionStepWords(doc, h.statusWord, h.event));
}

/**
 * "Sanctions against two subsidiaries of … Belneftekhim (United States): suspended — increased existing
 * sanctions on the regime in 2007 and 2008, imposed new sanctions targeting government entities in 2007 and
 * 2008, suspended sanctions against two subsidiaries after the release of … in 2008, the suspension was extended in November 2009".
 * The history includes that of the sanctions it is part of.
 */
export function sanctionSentence(doc: ReportDocument, s: Sanction): string {
  const history = sanctionHistoryWords(doc, s);
  const state = sanctionStatusLabel(s.status);
  return `${capitalize(s.name)} (${entityName(doc, s.authority)}): ${state}${history.length ? ` — ${history.join(", ")}` : ""}`;
}

/** "Embassy Minsk limited to five diplomats, by the government of Belarus, since May 2008". */
export function restrictionSentence(doc: ReportDocument, r: Restriction): string {
  const parts = [capitalize(r.name), `by ${entityName(doc, r.authority)}`];
  if (r.limit && !r.name.includes(quantityWords(r.limit))) parts.push(`limited to ${quantityWords(r.limit)}`);
  if (r.date) parts.push(datedWords(r.date));
  return parts.join(", ");
}

/**
 * "New U.S. assistance strategy, adopted in December 2009, with three priority areas": its owner follows
 * ("… of United States") only when its name does not already name it.
 */
export function strategySentence(doc: ReportDocument, s: Strategy): string {
  const owner = contextOf(doc).index.getEntity(s.owner);
  const named = [owner?.name, ...(owner?.aliases ?? [])].some((n) => n && wordsAt(s.name, n) >= 0);
  const parts = [named ? capitalize(s.name) : `${capitalize(s.name)} of ${entityName(doc, s.owner)}`];
  if (s.adopted) parts.push(`adopted ${whenWords(s.adopted.edtf)}`);
  if (s.priorityAreas.length > 0) parts.push(`with ${countWords(s.priorityAreas.length, "priority area")}`);
  return parts.join(", ");
}

/** "United States cooperates with Organization for Security and Cooperation in Europe (closely)". */
export function relationSentence(doc: ReportDocument, r: Relation): string {
  const words = r.qualifiers.map((q) => q.word);
  const line = `${capitalize(entityName(doc, r.source))} ${relationTypeLabel(r.type)} ${entityName(doc, r.target)}`;
  return words.length ? `${line} (${words.join(", ")})` : line;
}

/** "Belneftekhim (Company)". */
export const entitySentence = (e: Entity): string => `${e.name} (${kindLabel(e.kind)})`;

/** The one-line sentence of any record by id: an entity, event, sanction, restriction, strategy, goal or relation. */
export function recordSentence(doc: ReportDocument, id: string, opts: SentenceOptions = {}): string | undefined {
  const r = typedRecord(doc, id);
  if (!r) return undefined;
  switch (r.kind) {
    case "entity":
      return entitySentence(r.record);
    case "event":
      return eventSentence(doc, r.record, opts);
    case "sanction":
      return sanctionSentence(doc, r.record);
    case "restriction":
      return restrictionSentence(doc, r.record);
    case "strategy":
      return strategySentence(doc, r.record);
    case "priority-area":
    case "goal":
      return `${capitalize(r.record.name)} (${r.strategy.name})`;
    case "relation":
      return relationSentence(doc, r.record);
  }
}

/** A short name for any record: an entity's or sanction's name, an event's sentence without its date. */
export function recordTitle(doc: ReportDocument, id: string): string | undefined {
  const r = typedRecord(doc, id);
  if (!r) return undefined;
  if (r.kind === "event") return eventSentence(doc, r.record, { when: false });
  if (r.kind === "relation") return relationSentence(doc, r.record);
  return capitalize(r.record.name);
}
