/** A capitalised name that no list knows: a low-confidence actor candidate. */
export interface CapitalisedName {
  start: number;
  end: number;
  name: string;
  kind: "organization" | "company" | "document" | "place";
  confidence: number;
}

const CAP = String.raw`[A-Z][\p{L}\p{N}'\u2019&-]*`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.])${CAP}(?:\s+(?:(?:of|for|and|the|on|in|de)\s+)*${CAP})*`, "gu");

const ORGANIZATION =
  /\b(?:Centre|Center|Committee|Association|Union|Party|Foundation|Council|Commission|Ministry|Agency|Court|Bank|Institute|Network|Movement|Front|Organi[sz]ation|Fund|Office|Service|Society|Alliance|League|Federation|Assembly|Parliament|University|Church|Coalition|Initiative|Forum|Club|Trust|Board)\b/;
const COMPANY = /\b(?:Company|Corporation|Corp|Inc|Ltd|LLC|Conglomerate|Holding|Holdings|Plant|Factory)\b/;
const DOCUMENT = /\b(?:Reports?|Act|Law|Code|Declaration|Convention|Resolution|Treaty|Charter|Constitution)\b/;
/** Capitalised words that are not names: sentence openers, months, days, titles, pronouns. */
const NOT_NAMES = new Set(
  "The A An This That These Those There It Its In On At As For From During Following Despite Although However Since While When After Before He She They We Our His Her Their Through With Without Under Over By If Because Such Also Both Each Many Most Some Other Part January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday I Mr Mrs Ms Dr President Minister Government Internet West East North South".split(
    " ",
  ),
);
/** "Belarusian authorities", "European and Eurasian": adjectives of place, not names. */
const DEMONYM = /^[A-Z]\p{L}*(?:ian|ean|ese|ish|an|ic)$/u;

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
  const parts = words.split(/(\s+)/);
  const stop = parts.findIndex((w, i) => i > 0 && NOT_NAMES.has(w));
  if (stop > 0)
    words = parts
      .slice(0, stop)
      .join("")
      .replace(/(?:\s+(?:of|for|and|the|on|in|de))*\s*$/, "");
  words = words.replace(/(?:'s|\u2019s|'|\u2019)$/, "");
  const single = !words.includes(" ");
  if (words === "" || (single && (NOT_NAMES.has(words) || DEMONYM.test(words) || /^[A-Z][a-z]?$/.test(words))))
    return undefined;
  // A single word that opens the sentence is most likely an ordinary word; after initials, a person.
  if (single && (body.slice(0, start).trim() === "" || /\b[A-Z]\.\s+$/.test(body.slice(0, start)))) return undefined;
  if (/^(?:NGOs?|TV|OK)$/.test(words)) return undefined;
  const before = body.slice(Math.max(0, start - 6), start);
  const kind = COMPANY.test(words)
    ? "company"
    : ORGANIZATION.test(words)
      ? "organization"
      : DOCUMENT.test(words)
        ? "document"
        : single && /\b(?:in|to|from|near)\s+$/.test(before)
          ? "place"
          : "organization";
  const confidence = kind === "organization" && !ORGANIZATION.test(words) ? 0.2 : 0.3;
  return { start, end: start + words.length, name: words, kind, confidence };
}

/**
 * Runs of capitalised words in `[from, to)` ("Viasna Human Rights Centre", "Belneftekhim"), joined
 * by "of", "for", "and" …, that are not sentence openers, months, titles or adjectives of place.
 * The kind comes from the last words: "…Centre" is an organization, "…Reports" a document; a
 * single word after "in" is a place.
 */
export function capitalisedNames(text: string, from: number, to: number): CapitalisedName[] {
  const body = text.slice(from, to);
  const out: CapitalisedName[] = [];
  for (const m of body.matchAll(RUN)) {
    // "… Practices and the International …" joins two names.
    let offset = 0;
    for (const piece of m[0].split(/(\s+and\s+the\s+)/)) {
      if (!/^\s+and\s+the\s+$/.test(piece)) {
        const name = nameIn(body, m.index + offset, piece);
        if (name) out.push({ ...name, start: from + name.start, end: from + name.end });
      }
      offset += piece.length;
    }
  }
  return out;
}
