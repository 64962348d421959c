import type { Structure } from "@report/data/schema";
import type { Span } from "./candidates.ts";
import { COUNTRY_NAMES } from "./countries.ts";
import { alternation } from "./regex.ts";

/** A metadata value the text states, and the words that state it. */
export interface Stated {
  value: string;
  evidence: Span[];
}

const names = alternation(COUNTRY_NAMES.keys());
const MISSION_IN = new RegExp(`(?:\\bthe\\s+)?(?:U\\.S\\.\\s+)?mission\\s+in\\s+(${names})(?![\\p{L}])`, "gu");
const CONDITIONS_OF = new RegExp(
  `(?<![\\p{L}])(${names})(?:'s|\u2019s|'|\u2019)\\s+human\\s+rights\\s+conditions`,
  "gu",
);

/**
 * What the text states about itself: the bureau (its first line, when that names a bureau) and the
 * country, from the intro's "the U.S. mission in X" and "X's human rights conditions". Everything
 * else is left for the curator to fill in from outside the text.
 */
export function statedMetadata(
  text: string,
  structure: Structure,
): { bureau?: Stated; country?: Stated & { code: string } } {
  const bureau = structure.paragraphs.find((p) => p.id === structure.bureauParagraphId);
  const intro = structure.paragraphs.find((p) => p.id === structure.introParagraphId);
  const out: { bureau?: Stated; country?: Stated & { code: string } } = {};
  if (bureau && /\bBureau\b/.test(text.slice(bureau.start, bureau.end)))
    out.bureau = { value: text.slice(bureau.start, bureau.end).replace(/\s+/g, " "), evidence: [bureau] };
  if (!intro) return out;
  const body = text.slice(intro.start, intro.end);
  const found = [...body.matchAll(MISSION_IN), ...body.matchAll(CONDITIONS_OF)].sort((a, b) => a.index - b.index);
  const first = found[0]?.[1];
  if (first) {
    const same = found.filter((m) => COUNTRY_NAMES.get(m[1] as string) === COUNTRY_NAMES.get(first));
    out.country = {
      value: first,
      code: COUNTRY_NAMES.get(first) as string,
      evidence: same.map((m) => ({ start: intro.start + m.index, end: intro.start + m.index + m[0].length })),
    };
  }
  return out;
}
