import type { ActorCandidate, ActorSource, Span } from "./candidates.ts";
import { COUNTRY_NAMES } from "./countries.ts";
import { INTERNATIONAL_BODIES, type KnownBody, US_BODIES, US_BODY_PATTERNS } from "./gazetteer.ts";
import { capitalisedNames } from "./names.ts";
import { alternation } from "./regex.ts";
import { slug } from "./slug.ts";

/** One place where the text names an actor; `id` is shared by every mention of the same actor. */
export type Mention = Omit<ActorCandidate, "sentenceId"> & {
  /** Context words ("the government") that refer to an actor the text names elsewhere. */
  contextual?: boolean;
  /** Inside a longer mention ("U.S." in "U.S. Embassy"): evidence for its actor, never an event's party. */
  nested?: boolean;
};

const CONFIDENCE: Record<ActorSource, number> = {
  "iso-3166": 0.9,
  "international-body": 0.9,
  "us-body": 0.8,
  government: 0.7,
  context: 0.4,
  counted: 0.3,
  capitalised: 0.2,
};
/** Names of the United States that ISO 3166 does not list. */
const US_NAMES = ["U.S. Government", "United States Government", "USG"];

const bounded = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "gu");

const COUNTRY = new Map([...COUNTRY_NAMES, ...US_NAMES.map((n) => [n, "us"] as const)]);
const COUNTRY_RE = bounded(alternation(COUNTRY.keys()));
const KNOWN = new Map<string, KnownBody>();
for (const body of [...INTERNATIONAL_BODIES, ...US_BODIES])
  for (const n of [body.name, ...body.aliases]) KNOWN.set(n, body);
const KNOWN_RE = bounded(alternation(KNOWN.keys()));
const GOVERNMENT_OF = new RegExp(
  `\\b(?:the\\s+)?[Gg]overnment\\s+of\\s+(?:the\\s+)?(${alternation(COUNTRY_NAMES.keys())})(?![\\p{L}])`,
  "gu",
);
const COUNTRY_GOVERNMENT = new RegExp(
  `(?<![\\p{L}])(${alternation(COUNTRY_NAMES.keys())})(?:'s|\u2019s|'|\u2019)?\\s+[Gg]overnment\\b`,
  "gu",
);
/**
 * The report's own government in context words: "the government", "Authorities", "the Kyrgyz
 * authorities", "government authorities". An adjective counts only when it is the country's own.
 */
const OWN_GOVERNMENT =
  /(?<![\p{L}])(?:[Tt]he\s+(?:([A-Z]\p{L}+)\s+)?[Gg]overnment(?![\p{L}]|\s+of\s)|(?:(?:[Tt]he|[Gg]overnment|[Ss]tate)\s+)?(?:([A-Z]\p{L}+)\s+)?[Aa]uthorities(?![\p{L}]))/gu;

const OTHER_AUTHORITIES =
  /\b(?:local|regional|district|municipal|city|provincial|village|customs|tax|prison|military|religious|election|electoral|judicial|foreign|other|some)\s+$/;

/** Whether `word` is the adjective of `country` ("Belarusian", "Kyrgyz", "Moldovan"), as far as spelling tells. */
const ownAdjective = (word: string, country: string) => {
  const stem = country.replace(/[aeiouy]$/, "");
  return (stem.length >= 4 && word.startsWith(stem)) || (word.length >= 4 && country.startsWith(word));
};

const mention = (
  start: number,
  end: number,
  fields: Pick<Mention, "id" | "name" | "kind" | "source"> & Partial<Mention>,
): Mention => ({ start, end, confidence: CONFIDENCE[fields.source], ...fields });

/** The country an ISO name stands for, as an actor (its id is settled later from the names printed). */
const countryMention = (start: number, end: number, code: string, printed: string): Mention =>
  mention(start, end, { id: `country:${code}`, name: printed, kind: "country", country: code, source: "iso-3166" });

/**
 * Every actor named in `[from, to)`: countries (ISO 3166, with their codes), the gazetteer's
 * international and U.S. bodies and posts, governments of countries, the report's own government
 * in context words, and other capitalised names (and people) as low-confidence candidates.
 * `country` is the report's own country; words inside `dates` name no actor.
 */
export function findActors(text: string, from: number, to: number, country?: string, dates: Span[] = []): Mention[] {
  const body = text.slice(from, to);
  const out: Mention[] = [];
  const at = (m: RegExpMatchArray, group = 0) => {
    const s = from + (m.index as number) + (group === 0 ? 0 : (m[0] as string).indexOf(m[group] as string));
    return [s, s + (m[group] as string).length] as const;
  };
  for (const m of body.matchAll(KNOWN_RE)) {
    const known = KNOWN.get(m[0]) as KnownBody;
    const source = known.of ? "us-body" : "international-body";
    const partOf = known.of ? { id: "country:us", external: known.source } : undefined;
    out.push(
      mention(...at(m), { id: known.id, name: known.name, kind: known.kind, source, ...(partOf && { partOf }) }),
    );
  }
  for (const p of US_BODY_PATTERNS)
    for (const m of body.matchAll(new RegExp(p.pattern.source, `${p.pattern.flags}g`))) {
      const name = p.name(m);
      const stated = /\bU\.S\.\s/.test(m[0]);
      const partOf = { id: "country:us", ...(!stated && { external: p.source }) };
      out.push(mention(...at(m), { id: slug(name), name, kind: p.kind, source: "us-body", partOf }));
    }
  for (const re of [GOVERNMENT_OF, COUNTRY_GOVERNMENT])
    for (const m of body.matchAll(re)) {
      const code = COUNTRY_NAMES.get(m[1] as string) as string;
      if (code === "us") continue;
      const name = `government of ${m[1]}`;
      out.push(
        mention(...at(m), {
          id: slug(name),
          name,
          kind: "public-body",
          source: "government",
          partOf: { id: `country:${code}` },
        }),
      );
    }
  for (const m of body.matchAll(COUNTRY_RE)) out.push(countryMention(...at(m), COUNTRY.get(m[0]) as string, m[0]));
  if (country)
    for (const m of body.matchAll(OWN_GOVERNMENT)) {
      const adjective = m[1] ?? m[2];
      const [start, end] = at(m);
      if (adjective && !ownAdjective(adjective, country)) continue;
      // "local authorities", "election authorities": some authorities, not the government.
      if (/^[Aa]uthorities/.test(m[0]) && OTHER_AUTHORITIES.test(body.slice(0, m.index))) continue;
      // Never inside a name: "the government" of "the government of Kyrgyzstan" is that name's.
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push(
        mention(start, end, {
          id: slug(`government of ${country}`),
          name: `government of ${country}`,
          kind: "public-body",
          source: "context",
          contextual: true,
        }),
      );
    }
  for (const n of capitalisedNames(text, from, to, dates))
    if (!out.some((o) => o.start < n.end && n.start < o.end))
      out.push(
        mention(n.start, n.end, {
          id: slug(n.name),
          name: n.name,
          kind: n.kind,
          source: "capitalised",
          confidence: n.confidence,
        }),
      );
  return withoutNested(out);
}

/**
 * Marks each mention inside a longer one as nested (of two with the same span, the later), and
 * drops the nested ones that are not countries: "Secretary of State" inside "Assistant Secretary
 * of State for …" names nothing, while "U.S." inside "U.S. Embassy" is evidence of the tie.
 */
export function withoutNested(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const [i, m] of sorted.entries())
    m.nested = sorted.some(
      (o, j) => o !== m && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i),
    );
  return sorted.filter((m) => !m.nested || m.kind === "country");
}
