import type { Mention } from "./actors.ts";
import type { DateCandidate, EventCandidate, Span } from "./candidates.ts";
import { findCues } from "./verbs.ts";

/** A cue that did not become an event candidate, and why: the curator sees it in REVIEW.md. */
export interface SkippedCue extends Span {
  sentenceId: string;
  words: string;
  reason: string;
}

interface Sentence extends Span {
  id: string;
}

/** The clause around `at`: from the last ";" before it to the next one (or the sentence's ends). */
function clause(text: string, s: Sentence, at: Span): Span {
  const before = text.lastIndexOf(";", at.start);
  const after = text.indexOf(";", at.end);
  return { start: before >= s.start ? before + 1 : s.start, end: after !== -1 && after < s.end ? after : s.end };
}

const PREPOSITION_BEFORE =
  /\b(?:with|in|on|to|of|for|against|from|by|about|toward|towards|through|into|at|among|between|despite|following|under|over)\s+(?:the\s+)?$/i;

const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

const distance = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * Event candidates in one sentence: each cue of the verb table with the actors the sentence makes
 * plain. The agent is the first actor before the verb in its clause (after "by" for a passive
 * verb); the target the first actor after it; a place after the verb is the place. With no agent
 * in the words, `implied` names the report's own government, at half the confidence.
 */
export function findEvents(
  text: string,
  s: Sentence,
  mentions: Mention[],
  dates: DateCandidate[],
  implied: string | undefined,
): { events: EventCandidate[]; skipped: SkippedCue[] } {
  const events: EventCandidate[] = [];
  const skipped: SkippedCue[] = [];
  const parties = mentions.filter((m) => !m.nested && m.start >= s.start && m.end <= s.end);
  for (const cue of findCues(text, s.start, s.end)) {
    const c = clause(text, s, cue);
    // A subject is not the object of a preposition: "with Belarus, the United States …" has the U.S. act.
    const before = parties.filter(
      (m) =>
        m.start >= c.start &&
        m.end <= cue.start &&
        m.kind !== "place" &&
        !PREPOSITION_BEFORE.test(text.slice(c.start, m.start)),
    );
    const after = parties.filter((m) => m.start >= cue.end && m.end <= c.end && m.start - cue.end < 120);
    const byAgent = after.find((m) => /\bby\s+(?:the\s+)?$/.test(text.slice(cue.end, m.start)) && m.kind !== "place");
    const agent = cue.passive ? byAgent : before[0];
    const target = cue.passive ? before[0] : after.find((m) => m.kind !== "place");
    const place = after.find((m) => m.kind === "place");
    // "The European Union and the United States suspended …": every subject joined by "and" acts.
    const subjects: Mention[] = agent ? [agent] : [];
    if (agent && !cue.passive)
      for (const m of before.slice(before.indexOf(agent) + 1)) {
        if (!JOINED.test(text.slice((subjects.at(-1) as Mention).end, m.start))) break;
        subjects.push(m);
      }
    const agents = agent ? [...new Set(subjects.map((m) => m.id))] : implied ? [implied] : [];
    const words = text.slice(cue.start, cue.end);
    if (agents.length === 0) {
      skipped.push({
        sentenceId: s.id,
        start: cue.start,
        end: cue.end,
        words,
        reason: "no agent in the words, and no country to imply",
      });
      continue;
    }
    // The evidence runs from the agent (or the clause's start) to the clause's end.
    const from = agent && agent.start < cue.start ? agent.start : before[0] && cue.passive ? before[0].start : c.start;
    const lead = text.slice(from, c.end);
    const span = { start: from + (lead.length - lead.trimStart().length), end: c.end };
    // An event is dated by what happened ("in June 2009"); a "since" date of the same sentence dates
    // something else, unless it is in the event's own words.
    const near = (d: DateCandidate) => d.role === "occurred" || (d.start >= span.start && d.end <= span.end);
    const date = dates.filter(near).sort((a, b) => distance(a, cue) - distance(b, cue))[0];
    const targets = target && target.id !== agents[0] ? [target.id] : [];
    events.push({
      type: cue.row.type,
      sentenceId: s.id,
      ...span,
      cue: { start: cue.start, end: cue.end },
      agents,
      targets,
      ...(place && { place: place.id }),
      ...(date && { date }),
      aspect: cue.aspect,
      impliedAgent: !agent,
      confidence: Math.round(cue.row.confidence * (agent ? 1 : 0.5) * 100) / 100,
    });
  }
  return { events, skipped };
}
