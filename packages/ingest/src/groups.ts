import type { Mention } from "./actors.ts";
import type { QuantityCandidate, Span } from "./candidates.ts";
import { singular } from "./quantities.ts";

/** Nouns for people and their bodies (singular, as a unit reads): a count of these can be an event's target. */
const PEOPLE = new Set(
  "journalist reporter blogger activist student lawyer defender dissident prisoner detainee protester protestor demonstrator member leader official officer diplomat representative candidate observer monitor volunteer citizen person people woman women man men child children youth NGO organization organisation group party outlet newspaper broadcaster union association club community company business entrepreneur teacher judge worker refugee victim voter presenter editor writer artist farmer pensioner believer politician deputy parliamentarian".split(
    " ",
  ),
);
/** Words that may stand between a verb and its counted object: "detained three …", "sanctions on two …". */
const BETWEEN =
  /^\s*(?:(?:with|to|against|on|for|the|some|at\s+least|about|over|more\s+than|nearly|almost|another|an\s+additional|sanctions|visa\s+sanctions|travel\s+sanctions|assistance|aid|funding|grants)\s+)*$/i;

/**
 * The people a verb acts on, when its object is a count of them ("detained three journalists",
 * "trained 30 election observers", "arrested five journalists and three bloggers"): a group
 * candidate for each count, holding it. Ids come from `groupId`, so two counts of journalists in
 * one text are two groups.
 */
export function counted(
  text: string,
  cue: Span,
  segment: Span,
  quantities: QuantityCandidate[],
  groupId: (words: string) => string,
): Mention[] {
  const mine = quantities.filter((x) => x.start >= cue.end && x.end <= segment.end);
  // Money between the verb and the people is what is given them: "provided $2 million to 25 NGOs".
  const gap = (from: number, to: number) =>
    mine
      .filter((x) => x.type === "money" && x.start >= from && x.end <= to)
      .reduceRight((s, x) => s.slice(0, x.start - from) + s.slice(x.end - from), text.slice(from, to))
      .replace(/\band\b/g, " ");
  const people = mine.filter((x) => x.type !== "money" && isPeople(x.counts));
  const first = people[0];
  if (!first || !BETWEEN.test(gap(cue.end, first.start))) return [];
  const out = [first];
  for (const q of people.slice(1)) {
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice((out.at(-1) as QuantityCandidate).end, q.start))) break;
    out.push(q);
  }
  return out.map((q) => ({
    id: groupId(q.counts),
    name: q.counts,
    kind: "group",
    source: "counted",
    confidence: 0.3,
    start: q.start,
    end: q.end,
    quantity: q,
  }));
}

function isPeople(counts: string): boolean {
  const noun = counts.split(/\s+/).at(-1) as string;
  return PEOPLE.has(singular(noun)) || PEOPLE.has(noun);
}
