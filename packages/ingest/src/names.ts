import type { Span } from "./candidates.ts";

/** A capitalised name that no list knows: a low-confidence actor candidate. */
export interface CapitalisedName {
  start: number;
  end: number;
  name: string;
  kind: "organization" | "company" | "document" | "place" | "person";
  confidence: number;
}

const CAP = String.raw`[A-Z][\p{L}\p{N}'\u2019&-]*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.])${CAP}(?:\s+(?:(?:of|for|and|the|on|in|de)\s+)*${CAP})*`, "gu");

const ORGANIZATION =
  /\b(?:Centre|Center|Committee|Association|Union|Party|Foundation|Council|Commission|Ministry|Agency|Court|Bank|Institute|Network|Movement|Front|Organi[sz]ation|Fund|Office|Service|Society|Alliance|League|Federation|Assembly|Parliament|University|Church|Coalition|Initiative|Forum|Club|Trust|Board)\b/;
const COMPANY = /\b(?:Company|Corporation|Corp|Inc|Ltd|LLC|Conglomerate|Holding|Holdings|Plant|Factory)\b/;
const DOCUMENT = /\b(?:Reports?|Act|Law|Code|Declaration|Convention|Resolution|Treaty|Charter|Constitution)\b/;
/**
 * Capitalised words that are not names: sentence openers, months and their abbreviations, days,
 * titles, pronouns, and the words that refer to a body named elsewhere ("the Embassy").
 */
const NOT_NAMES = new Set(
  "The A An This That These Those There It Its In On At As For From During Following Despite Although However Since While When After Before He She They We Our His Her Their Through With Without Under Over By If Because Such Also Both Each Many Most Some Other Part January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday I Mr Mrs Ms Dr President Minister Government Internet West East North South Embassy Mission Ambassador Authorities Police Officials".split(
    " ",
  ),
);
/** "Belarusian authorities", "European and Eurasian": adjectives of place, not names. */
const DEMONYM = /^[A-Z]\p{L}*(?:ian|ean|ese|ish|an|ic)$/u;
/** A person by title or initials: "Mr. J. R. Smith", "Ms. Fenwick", "J. R. Sample". */
const PERSON = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:(?:Mr|Mrs|Ms|Dr)\.\s+(?:[A-Z]\.\s+)*${CAP}(?:\s+${CAP})?|(?:[A-Z]\.\s+){1,3}${CAP})`,
  "gu",
);
/** Lowercase words for people that a name may follow in apposition: "bloggers Aida Sultanova and …". */
const PEOPLE_BEFORE =
  /\b(?:bloggers?|journalists?|activists?|reporters?|lawyers?|leaders?|founders?|members?|students?|prisoners?|dissidents?|defenders?|editors?|candidates?|politicians?|citizens?)\s+$/;

const kindOf = (words: string) =>
  COMPANY.test(words)
    ? "company"
    : ORGANIZATION.test(words)
      ? "organization"
      : DOCUMENT.test(words)
        ? "document"
        : undefined;

/** The name in a run of capitalised words at `start` of `body`, if it is one. */
function nameIn(body: string, at: number, run: string): CapitalisedName | undefined {
  let words = run;
  let start = at;
  // Leading openers ("The Viasna …") are not part of the name.
  while (NOT_NAMES.has(words.split(/\s+/)[0] as string) && words.includes(" ")) {
    const cut = (/^\S+\s+(?:(?:of|for|and|the|on|in|de)\s+)*/.exec(words) as RegExpExecArray)[0].length;
    words = words.slice(cut);
    start += cut;
  }
  // A month or an opener inside the run ends the name ("Minsk in June").
  words = untilStop(words);
  words = words.replace(/(?:'s|\u2019s|'|\u2019)$/, "");
  const single = !words.includes(" ");
  if (words === "" || (single && (NOT_NAMES.has(words) || DEMONYM.test(words) || /^[A-Z][a-z]?$/.test(words))))
    return undefined;
  // A single word that opens the sentence is most likely an ordinary word.
  if (single && body.slice(0, start).trim() === "") return undefined;
  if (/^(?:NGOs?|TV|OK)$/.test(words)) return undefined;
  const before = body.slice(Math.max(0, start - 40), start);
  const known = kindOf(words);
  // "the 2009 Country Reports …": the year is part of the document's name.
  const year = known === "document" ? /\b((?:19|20)\d{2})\s+$/.exec(before) : null;
  if (year) {
    start -= year[0].length;
    words = `${year[1]} ${words}`;
  }
  const kind =
    known ??
    (PEOPLE_BEFORE.test(before) && !single
      ? "person"
      : single && /\b(?:in|to|from|near)\s+$/.test(before)
        ? "place"
        : "organization");
  const confidence = kind === "organization" && !known ? 0.2 : kind === "person" ? 0.2 : 0.3;
  return { start, end: start + words.length, name: words, kind, confidence };
}

/** A run up to a month or an opener inside it ("Bakyt Omurov in July" -> "Bakyt Omurov"). */
function untilStop(run: string): string {
  const parts = run.split(/(\s+)/);
  const stop = parts.findIndex((w, i) => i > 0 && NOT_NAMES.has(w));
  return stop > 0
    ? parts
        .slice(0, stop)
        .join("")
        .replace(/(?:\s+(?:of|for|and|the|on|in|de))*\s*$/, "")
    : run;
}

/** "Aida Sultanova and Bakyt Omurov": two names of two or more words, neither a body's, joined by "and". */
function twoPeople(piece: string): string[] | undefined {
  const halves = piece.split(/\s+and\s+/);
  if (halves.length !== 2) return undefined;
  const ok = (h: string) => /^\S+(?:\s+\S+){1,2}$/.test(h) && !kindOf(h) && !/\s(?:of|for|the|on|in|de)\s/.test(h);
  return halves.every(ok) ? halves : undefined;
}

/**
 * Runs of capitalised words in `[from, to)` ("Viasna Human Rights Centre", "Belneftekhim"), joined
 * by "of", "for", "and" …, that are not sentence openers, months, titles or adjectives of place.
 * The kind comes from the last words: "…Centre" is an organization, "…Reports" a document; a
 * single word after "in" is a place. People are named by a title or initials ("Mr. J. R. Smith"),
 * after a word for people ("bloggers Aida Sultanova"), or as two names joined by "and" that name no
 * body. A run inside `dates` ("Dec." of "Dec. 3, 2009") is not a name.
 */
export function capitalisedNames(text: string, from: number, to: number, dates: Span[] = []): CapitalisedName[] {
  const body = text.slice(from, to);
  const out: CapitalisedName[] = [];
  const inDate = (s: number, e: number) => dates.some((d) => d.start <= from + s && from + e <= d.end);
  const people: Span[] = [];
  for (const m of body.matchAll(PERSON)) {
    const name = m[0].replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, "");
    const start = m.index + m[0].length - name.length;
    people.push({ start: m.index, end: m.index + m[0].length });
    out.push({ start: from + start, end: from + m.index + m[0].length, name, kind: "person", confidence: 0.2 });
  }
  for (const m of body.matchAll(RUN)) {
    if (people.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    // "… Practices and the International …" joins two names; so do two people's names.
    let offset = 0;
    const pair = twoPeople(untilStop(m[0]));
    for (const piece of pair ? m[0].split(/(\s+and\s+)/) : m[0].split(/(\s+and\s+the\s+)/)) {
      if (!/^\s+and\s+(?:the\s+)?$/.test(piece)) {
        const found = nameIn(body, m.index + offset, piece);
        const name = found && pair ? { ...found, kind: "person" as const, confidence: 0.2 } : found;
        if (name && !inDate(name.start, name.end))
          out.push({ ...name, start: from + name.start, end: from + name.end });
      }
      offset += piece.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
