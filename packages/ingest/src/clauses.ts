import type { Span } from "./candidates.ts";

/** One clause of a sentence, and whether it follows a conjunction (", and", ", but" …) that may share its subject. */
export interface Clause extends Span {
  /** Set when the clause opens with "and", "but", "or" …: with no subject of its own, it shares the one before. */
  joined: boolean;
}

/** Where a new clause may start: a semicolon, or a comma before a conjunction. */
const SPLIT = /;\s*(?:and\s+|but\s+)?|,\s+(?:and|but|or|yet|while|whereas)\s+/g;

/**
 * The clauses of the sentence `s`: split at ";" and at ", and" (", but", ", while" …) where a verb
 * of the table (`cues`) follows before the next split, so that a list ("rallies, parties, and
 * outlets") stays one clause while "…goals, and the U.S. cooperates with …" is two; a comma
 * inside one of `names` splits nothing.
 */
export function clausesOf(text: string, s: Span, cues: Span[], names: Span[] = []): Clause[] {
  const body = text.slice(s.start, s.end);
  const splits = [...body.matchAll(SPLIT)]
    .map((m) => ({ at: s.start + m.index, next: s.start + m.index + m[0].length, joined: m[0].trim() !== ";" }))
    // Never inside a name: "Democracy, Human Rights, and Labor" is one.
    .filter((x) => !names.some((n) => n.start < x.at && x.at < n.end));
  const clauses: Clause[] = [];
  let start = s.start;
  let joined = false;
  for (const [i, split] of splits.entries()) {
    const until = splits[i + 1]?.at ?? s.end;
    // The verb must follow before another comma: "…, and civil society activists, as well as holding …" is a list.
    if (!cues.some((c) => c.start >= split.next && c.start < until && !text.slice(split.next, c.start).includes(",")))
      continue;
    clauses.push({ start, end: split.at, joined });
    start = split.next;
    joined = split.joined;
  }
  clauses.push({ start, end: s.end, joined });
  return clauses;
}

/** A relative pronoun right before a verb, as its subject: "a ministry that had harassed", "…, which monitors". */
const RELATIVE =
  /(?:,\s*)?\b(?:that|which|who)\s+(?:(?:had|has|have|was|were|is|are|been|also|then|later|still|\p{L}+ly)\s+)*$/u;

/** The relative pronoun that is the subject of the verb at `at`, if there is one (its span, with a comma before it). */
export function relativeBefore(text: string, clause: Span, at: number): Span | undefined {
  const m = RELATIVE.exec(text.slice(clause.start, at));
  return m ? { start: clause.start + m.index, end: at } : undefined;
}

/** The noun phrase a relative pronoun at `at` refers to, as printed, after the dates in between: "a ministry". */
export function antecedentWords(text: string, clause: Span, at: number, dates: Span[]): string {
  let end = at;
  for (;;) {
    const d = dates.find((x) => x.end <= end && text.slice(x.end, end).trim() === "");
    if (!d) break;
    end = d.start;
    const prep = /\b(?:in|on|since|during|from|by|of)\s*$/i.exec(text.slice(clause.start, end));
    if (prep) end = clause.start + prep.index;
  }
  const words = text.slice(clause.start, end).replace(/[,\s]+$/, "");
  // Back to the determiner that opens the phrase, else the last three words.
  const np = /^.*\b((?:a|an|the|this|these|those|its|their|his|her|our)\s+[^,;:]*)$/is.exec(words);
  return (np?.[1] ?? words.split(/\s+/).slice(-3).join(" ")).trim();
}

const OPENER =
  /^\s*(?:In|On|At|During|Since|Following|Despite|Although|Though|While|When|After|Before|Because|As|If|Through|With|Under|Over|For|From|By|Given|Amid|Throughout|Until|Upon|Unlike|Like|Outside|Besides|Beyond)\b/;
const ADVERBIAL =
  /\b(?:also|still|further|then|later|again|meanwhile|moreover|however|importantly|additionally|subsequently|likewise|similarly|now|thus|therefore|and|but|or|in|on|at|during|since|by|of|for|from|to|with|\p{L}+ly)\b/giu;

/**
 * The part of a clause before its verb in which its subject is: without a fronted phrase that ends
 * in a comma ("Although A and B have relations, …", "On Feb. 2, 2009, …"), and without relative
 * insertions (", which has been limited by …,"). Masked parts become spaces, so offsets hold.
 */
export function subjectZone(text: string, zone: Span, dates: Span[]): string {
  let body = text.slice(zone.start, zone.end);
  const blank = (from: number, to: number) => {
    body = body.slice(0, from) + " ".repeat(to - from) + body.slice(to);
  };
  for (const d of dates) {
    const from = Math.max(d.start, zone.start) - zone.start;
    const to = Math.min(d.end, zone.end) - zone.start;
    if (from < to) blank(from, to);
  }
  for (const m of body.matchAll(/,\s*(?:which|who|whom|whose)\b[^,]*,/g)) blank(m.index, m.index + m[0].length);
  if (OPENER.test(body)) {
    const comma = body.indexOf(",");
    if (comma !== -1) blank(0, comma + 1);
  }
  return body;
}

/** The words of a subject zone that no actor accounts for, without adverbs, prepositions and punctuation. */
export function leftoverSubject(zone: string): string {
  return zone
    .replace(ADVERBIAL, " ")
    .replace(/[^\p{L}\p{N}'\u2019$.-]+/gu, " ")
    .replace(/(?:^|\s)[.'\u2019-]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
