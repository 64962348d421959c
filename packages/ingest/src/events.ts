import type { EventType } from "@report/data/schema";
import type { Mention } from "./actors.ts";
import type { DateCandidate, EventCandidate, QuantityCandidate, Span } from "./candidates.ts";
import { antecedentWords, type Clause, clausesOf, leftoverSubject, relativeBefore, subjectZone } from "./clauses.ts";
import { counted } from "./groups.ts";
import { type Cue, findCues } from "./verbs.ts";

interface Sentence extends Span {
  id: string;
}

/** Who acts, as far as the words make it plain; `problem` says why not. */
interface Subject {
  agents: Mention[];
  implied: boolean;
  problem?: string;
}

const PREPOSITION_BEFORE =
  /\b(?:with|in|on|to|of|for|against|from|by|about|toward|towards|through|into|at|among|between|despite|following|under|over)\s+(?:the\s+)?$/i;
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
const SHARED_OBJECT = /^\s*,?\s*(?:and|or|as well as)\s+(?:\p{L}+ly\s+)?$/u;
/** Acts of a state on its own people: never the United States when the words name no one. */
const LOCAL = new Set<EventType>(["legal-action", "coerce", "release-persons"]);

/** `first` and the actors joined to it by "and" or commas: "Russia and Turkey", "the EU and the United States". */
function withJoined(text: string, first: Mention, rest: Mention[]): Mention[] {
  const out = [first];
  for (const m of rest.slice(rest.indexOf(first) + 1)) {
    if (!JOINED.test(text.slice((out.at(-1) as Mention).end, m.start))) break;
    out.push(m);
  }
  return out;
}

const within = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;
const unique = (ms: Mention[]) => [...new Set(ms.map((m) => m.id))];

/**
 * Event candidates in one sentence: each cue of the verb table with the actors the words make
 * plain. A sentence is split into clauses (";", ", and" before another verb). The agent is the
 * subject of the verb's clause: the first actor before the verb that is not the object of a
 * preposition, outside a fronted phrase and a ", which …," insertion (or the actor after "by" for
 * a passive verb; or the actor before "that"/"which" when the verb is in a relative clause; or the
 * subject of the clause before, for "…, and urged …"). A subject that is not an actor ingest can
 * name ("Police", "a court", "the program") makes the event a candidate without an agent, with the
 * reason, never the United States; only where the words name no subject at all is the agent the
 * United States (`implied`), and never for arrests, trials, releases or attacks. The targets are
 * the first actor after the verb and those joined to it ("Russia and Turkey"), else the counted
 * people it names ("three journalists"); the date is the nearest one after the verb before the
 * next verb, else one that opens the clause.
 */
export function findEvents(
  text: string,
  s: Sentence,
  mentions: Mention[],
  dates: DateCandidate[],
  quantities: QuantityCandidate[],
  implied: string | undefined,
  groupId: (words: string) => string,
): { events: EventCandidate[]; groups: Mention[] } {
  const events: EventCandidate[] = [];
  const groups: Mention[] = [];
  const parties = mentions.filter((m) => !m.nested && m.kind !== "person" && within(m, s));
  const cues = findCues(text, s.start, s.end);
  const clauses = clausesOf(text, s, cues, mentions);
  let before: Subject | undefined;
  for (const c of clauses) {
    const mine = cues.filter((cue) => within(cue, c));
    const subjects: Subject[] = [];
    const first = events.length;
    for (const [k, cue] of mine.entries()) {
      // What follows the verb, up to the next verb or to the next verb's own subject ("… and the EU condemns").
      const next = mine[k + 1];
      const nextSubject = next && ownSubject(text, { start: cue.end, end: next.start }, parties)[0];
      const segment = { start: cue.start, end: nextSubject?.start ?? next?.start ?? c.end };
      const after = parties.filter((m) => m.start >= cue.end && m.end <= segment.end && m.start - cue.end < 120);
      const byAgent = after.find((m) => m.kind !== "place" && /\bby\s+(?:the\s+)?$/.test(text.slice(cue.end, m.start)));
      const zone = { start: k === 0 ? c.start : (mine[k - 1] as Cue).end, end: cue.start };
      // A later verb of the clause has its own subject only as "…, and the EU eased …"; else it shares the first's.
      const inZone = k === 0 ? zoneActors(text, zone, parties, dates) : ownSubject(text, zone, parties);
      const relative = cue.passive ? undefined : relativeBefore(text, c, cue.start);
      let subject: Subject;
      if (cue.passive) subject = byAgent ? agentsFrom(text, byAgent, after) : unnamed(cue, implied, "passive");
      else if (relative) subject = relativeSubject(text, c, relative, parties, dates);
      else if (inZone[0]) subject = agentsFrom(text, inZone[0], inZone);
      else if (k > 0) subject = subjects[k - 1] as Subject;
      else subject = bareSubject(text, zone, dates, cue, implied, c.joined ? before : undefined);
      subjects.push(subject);
      before = subject;

      // Targets: for a passive verb, what is acted on (before it); else the actors after it.
      let targets = cue.passive ? (inZone[0] ? withJoined(text, inZone[0], inZone) : []) : [];
      if (!cue.passive) {
        const objects = after.filter((m) => m.kind !== "place" && m !== byAgent);
        if (objects[0]) targets = withJoined(text, objects[0], objects);
        else {
          targets = counted(text, cue, segment, quantities, groupId);
          groups.push(...targets);
        }
      }
      const place = after.find((m) => m.kind === "place");
      const date = dateOf(c, mine, k, segment, dates, relative !== undefined);
      // The evidence runs from the agent (or what is acted on, or the clause's start) to the clause's end.
      const agent = subject.agents[0];
      const from =
        agent && agent.start >= c.start && agent.start < cue.start
          ? agent.start
          : cue.passive && inZone[0]
            ? inZone[0].start
            : c.start;
      const lead = text.slice(from, c.end);
      const contextual = subject.agents.some((m) => m.contextual);
      const agents = unique(subject.agents);
      events.push({
        type: cue.row.type,
        sentenceId: s.id,
        start: from + (lead.length - lead.trimStart().length),
        end: c.end,
        cue: { start: cue.start, end: cue.end },
        agents: subject.implied && implied ? [implied] : agents,
        targets: unique(targets).filter((t) => !agents.includes(t)),
        ...(place && { place: place.id }),
        ...(date && { date }),
        aspect: cue.aspect,
        impliedAgent: subject.implied,
        confidence: Math.round(cue.row.confidence * (subject.implied ? 0.5 : 1) * (contextual ? 0.8 : 1) * 100) / 100,
        ...(subject.problem && { problem: subject.problem }),
      });
    }
    // "monitors and publicly condemns the government's attacks": two verbs, one object.
    for (let k = mine.length - 2; k >= 0; k -= 1) {
      const [e, next] = [events[first + k] as EventCandidate, events[first + k + 1] as EventCandidate];
      const between = text.slice((mine[k] as Cue).end, (mine[k + 1] as Cue).start);
      if (e.targets.length === 0 && !(mine[k] as Cue).passive && SHARED_OBJECT.test(between))
        e.targets = next.targets.filter((t) => !e.agents.includes(t));
    }
  }
  return { events, groups };
}

/** The actor that acts and those joined to it. */
const agentsFrom = (text: string, first: Mention, all: Mention[]): Subject => ({
  agents: withJoined(text, first, all),
  implied: false,
});

/** The subject of a verb in a relative clause: the actor right before "that"/"which", else a problem naming the words. */
function relativeSubject(text: string, c: Clause, relative: Span, parties: Mention[], dates: Span[]): Subject {
  const antecedent = parties.find(
    (m) => m.end <= relative.start && m.start >= c.start && /^[\s,]*$/.test(text.slice(m.end, relative.start)),
  );
  if (antecedent) return { agents: [antecedent], implied: false };
  const pronoun = text
    .slice(relative.start, relative.end)
    .replace(/^[\s,]+/, "")
    .split(/\s/)[0];
  const words = antecedentWords(text, c, relative.start, dates);
  return {
    agents: [],
    implied: false,
    problem: `its subject is "${words}" (the words before "${pronoun}"), which is not an actor ingest can name`,
  };
}

/**
 * The subject of a clause's first verb when no actor is in its subject zone: the words left there
 * ("Police", "a court") as a problem; with none, the subject of the clause before (`shared`, for
 * "…, and urged …"), else none in the words at all.
 */
function bareSubject(
  text: string,
  zone: Span,
  dates: Span[],
  cue: Cue,
  implied: string | undefined,
  shared: Subject | undefined,
): Subject {
  const leftover = leftoverSubject(subjectZone(text, zone, dates));
  if (leftover)
    return { agents: [], implied: false, problem: `its subject "${leftover}" is not an actor ingest can name` };
  return shared ?? unnamed(cue, implied, "active");
}

/** With no subject in the words: the United States, which the series speaks for, unless the act is a local one. */
function unnamed(cue: Cue, implied: string | undefined, voice: "passive" | "active"): Subject {
  if (LOCAL.has(cue.row.type))
    return {
      agents: [],
      implied: false,
      problem: `the words name no agent${voice === "passive" ? " (a passive verb without 'by')" : ""}, and an arrest, a trial, a release or an attack is the act of a country's own authorities, never implied to be the United States'`,
    };
  if (!implied) return { agents: [], implied: false, problem: "no agent in the words, and no country to imply" };
  return { agents: [], implied: true };
}

/** The actors of a subject zone that can be its subject: not masked, not places, not after a preposition. */
function zoneActors(text: string, zone: Span, parties: Mention[], dates: Span[]): Mention[] {
  const masked = subjectZone(text, zone, dates);
  return parties.filter((m) => {
    if (!within(m, zone) || m.kind === "place") return false;
    const at = m.start - zone.start;
    if (masked.slice(at, at + m.end - m.start) !== text.slice(m.start, m.end)) return false;
    // The words as printed: "In 2007 and 2008 the United States" is not "in … the United States".
    return !PREPOSITION_BEFORE.test(text.slice(zone.start, m.start));
  });
}

/** The subject of a later verb of a clause, when it has its own: the actor right before it, after "and". */
function ownSubject(text: string, zone: Span, parties: Mention[]): Mention[] {
  const last = parties.filter((m) => within(m, zone) && m.kind !== "place").at(-1);
  if (!last) return [];
  const own =
    /^\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(last.end, zone.end)) &&
    /\band\s+(?:the\s+)?$/.test(text.slice(zone.start, last.start));
  return own ? [last] : [];
}

/**
 * The date of the verb at `mine[k]`: the nearest after it before the next verb ("maintained …
 * since May 2008 and eased them in mid-2009"), else, outside a relative clause, an `occurred`
 * date that opens the clause ("In 2007 and 2008 the United States increased … and imposed …").
 * A document's year (`covers`) never dates an event.
 */
function dateOf(
  c: Clause,
  mine: Cue[],
  k: number,
  segment: Span,
  dates: DateCandidate[],
  relative: boolean,
): DateCandidate | undefined {
  const usable = dates.filter((d) => d.role !== "covers");
  const own = usable.filter((d) => d.start >= (mine[k] as Cue).end && d.end <= segment.end);
  if (own[0]) return own[0];
  if (relative) return undefined;
  const first = mine[0] as Cue;
  const opening = usable.filter((d) => d.role === "occurred" && d.start >= c.start && d.end <= first.start);
  return opening.at(-1);
}
