import type { QuantityCandidate, Span } from "./candidates.ts";
import { NUMBER, numberValue } from "./numbers.ts";

/** A quantity before it is placed in its sentence (Omit over each member of the union). */
type Found = QuantityCandidate extends infer Q ? (Q extends unknown ? Omit<Q, "sentenceId"> : never) : never;

/** Words that end a unit noun phrase ("five diplomats since …", "two subsidiaries of …"). */
const STOP = new Set(
  "of to in and or but that who which whose the a an for from with on at by as were was are is be been have has had will would since between per than into over under about after before during".split(
    " ",
  ),
);
const CURRENCY_SIGNS: Record<string, string> = { $: "USD", US$: "USD", "€": "EUR", "£": "GBP" };
const CURRENCY_WORDS: Record<string, string> = { dollars: "USD", euros: "EUR", pounds: "GBP" };

/** A plural noun's singular, for the unit ("diplomats" -> "diplomat", "subsidiaries" -> "subsidiary"). */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.replace(/ies$/, "y");
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.replace(/es$/, "");
  if (/[^s]s$/.test(word)) return word.replace(/s$/, "");
  return word;
}

/** Plurals that do not end in "s": "40 people", "three women". */
const IRREGULAR = new Set("people men women children police staff personnel clergy".split(" "));
/** Whether a word reads as a plural noun: "NGOs", "officials", "subsidiaries" (not "press", "status", "basis"). */
const isPlural = (word: string) => /[^sui]s$/i.test(word);

/**
 * The noun phrase that follows `at`: up to three words, stopping at a function word or punctuation,
 * and ending at its noun: the first plural ("12 NGOs reported …" -> "NGOs", "two officials
 * responsible" -> "officials", "two youth activists"), or, with none, the first word.
 */
function unitAfter(text: string, at: number, limit: number): { phrase: string; end: number } | undefined {
  const words = /^[ \t]+((?:[A-Za-z][A-Za-z-]*)(?:[ \t]+[A-Za-z][A-Za-z-]*){0,2})/.exec(text.slice(at, limit));
  if (!words) return undefined;
  const kept: string[] = [];
  for (const w of (words[1] as string).split(/[ \t]+/)) {
    if (STOP.has(w.toLowerCase()) || /^(?:million|billion|thousand|hundred|percent)$/i.test(w)) break;
    kept.push(w);
  }
  // A plural in -s ends the phrase ("three police officers"); else an irregular one ("40 people").
  const regular = kept.findIndex(isPlural);
  const noun = regular !== -1 ? regular : kept.findIndex((w) => IRREGULAR.has(w.toLowerCase()));
  const unit = kept.slice(0, noun === -1 ? 1 : noun + 1);
  if (unit.length === 0) return undefined;
  const phrase = unit.join(" ");
  return { phrase, end: at + (words[0] as string).indexOf(phrase) + phrase.length };
}

const overlaps = (a: Span, spans: Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/**
 * Quantities in `[from, to)`: money with its currency ("$1.5 million"), ranges ("between the ages
 * of 16 and 35", "10 to 20 activists"), and counts with their unit noun ("five diplomats",
 * "12 NGOs"). Numbers inside `dates` (years, days) are not quantities.
 */
export function findQuantities(text: string, from: number, to: number, dates: Span[]): Found[] {
  const out: Found[] = [];
  const body = text.slice(from, to);
  const taken: Span[] = [...dates];
  const add = (q: Found) => {
    if (overlaps(q, taken)) return;
    taken.push(q);
    out.push(q);
  };
  const money = new RegExp(String.raw`(US\$|\$|€|£)\s?(${NUMBER})|(${NUMBER})\s+(dollars|euros|pounds)\b`, "gi");
  for (const m of body.matchAll(money)) {
    const value = numberValue((m[2] ?? m[3]) as string);
    const currency = m[1] ? CURRENCY_SIGNS[m[1]] : CURRENCY_WORDS[(m[4] as string).toLowerCase()];
    if (value === undefined || !currency) continue;
    add({
      type: "money",
      value,
      currency,
      unit: currency,
      counts: "money",
      start: from + m.index,
      end: from + m.index + m[0].length,
    });
  }
  const range = new RegExp(
    String.raw`\b(?:between\s+(the\s+ages\s+of\s+)?|from\s+)?(${NUMBER})\s+(?:and|to)\s+(${NUMBER})|\b(\d+)\s?[-\u2013](\d+)\b`,
    "gi",
  );
  for (const m of body.matchAll(range)) {
    const bounded = /^(?:between|from)\b/i.test(m[0]) || m[4] !== undefined;
    const min = numberValue((m[2] ?? m[4]) as string);
    const max = numberValue((m[3] ?? m[5]) as string);
    if (min === undefined || max === undefined || max <= min) continue;
    const start = from + m.index;
    let end = start + m[0].length;
    const ages = m[1] !== undefined;
    const unit = ages ? undefined : unitAfter(text, end, to);
    if (!ages && !unit && !bounded) continue;
    if (unit) end = unit.end;
    const noun = unit?.phrase ?? (ages ? "ages" : "");
    if (!noun) continue;
    add({ type: "range", min, max, unit: ages ? "year" : singular(noun), counts: noun, start, end });
  }
  for (const m of body.matchAll(new RegExp(NUMBER, "gi"))) {
    const start = from + m.index;
    const value = numberValue(m[0]);
    const unit = unitAfter(text, start + m[0].length, to);
    // "one" is mostly a pronoun ("one of", "no one"); a count needs its unit noun.
    if (value === undefined || !unit || /^one$/i.test(m[0])) continue;
    add({ type: "count", value, unit: singular(unit.phrase), counts: unit.phrase, start, end: unit.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
