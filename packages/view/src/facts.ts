import { EVENT_TYPES, type Event, type Evidence, type ReportDocument } from "@report/data";
import { contextOf, entityName } from "./context.ts";
import { eventWhen } from "./dates.ts";
import { eventTypeLabel } from "./labels.ts";
import { actorWords, eventSentence } from "./sentences.ts";
import { capitalize, listWords } from "./words.ts";

const HOW = new Set<string>(["manner", "frequency", "level"]);

/** One line of a record's details: a label, its value in words, and the records or words it points at. */
export interface Fact {
  /** "Who", "To whom", "Where", "When" … */
  label: string;
  /** In words: "Helsinki Commission delegation", "in June 2009". */
  text: string;
  /** The entities (or events) the value names, in order: where a link from it goes. */
  ids: string[];
  /** The words that state it, for a value that is a quote (a purpose, a topic). */
  evidence?: Evidence | undefined;
}

/**
 * An event's details as labelled lines, each left out when the text does not give it: what kind of
 * event (with its CAMEO code), who, to whom, through what, where, when, why, about what, and what it
 * responds to.
 */
export function eventFacts(doc: ReportDocument, e: Event): Fact[] {
  const { index } = contextOf(doc);
  const names = (ids: string[]) => listWords(ids.map((id) => entityName(doc, id)));
  const facts: Fact[] = [
    { label: "What", text: `${eventTypeLabel(e.type)} (CAMEO ${EVENT_TYPES[e.type].cameo.code})`, ids: [] },
    { label: "Who", text: actorWords(doc, e, "agents"), ids: e.agents },
  ];
  if (e.targets.length) facts.push({ label: "To whom", text: actorWords(doc, e, "targets"), ids: e.targets });
  if (e.instruments.length) facts.push({ label: "Through", text: names(e.instruments), ids: e.instruments });
  if (e.place) facts.push({ label: "Where", text: entityName(doc, e.place), ids: [e.place] });
  const when = eventWhen(doc, e);
  if (when) facts.push({ label: "When", text: when, ids: e.after ? [e.after.after] : [] });
  if (e.purpose) facts.push({ label: "Why", text: capitalize(e.purpose.quote), ids: [], evidence: e.purpose });
  for (const t of e.topics) facts.push({ label: "About", text: t.quote, ids: [], evidence: t });
  for (const id of e.concerns) {
    const other = index.getEvent(id);
    if (other) facts.push({ label: "Concerns", text: eventSentence(doc, other), ids: [id] });
  }
  // How it is done; the other kinds of qualifier ("such as", "increasingly") only read well in their sentence.
  const how = e.qualifiers.filter((q) => HOW.has(q.kind));
  if (how.length)
    facts.push({
      label: "How",
      text: listWords(how.map((q) => q.word.toLowerCase())),
      ids: [],
      evidence: how[0]?.evidence,
    });
  return facts;
}
