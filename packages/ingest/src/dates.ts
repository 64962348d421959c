import * as chrono from "chrono-node";
import type { DateCandidate, Span } from "./candidates.ts";

const YEAR = String.raw`(1[89]\d{2}|20\d{2})`;
/** A year that is a whole number, not part of 2,500 or 2009.5. */
const END = String.raw`(?![\d,]\d|\.\d|\d)`;
const QUALIFIERS = "early|mid|late|spring|summer|autumn|fall|winter";

const yearsTag = (years: number[]) => `years:${years.join(",")}`;

/**
 * chrono finds month and day dates ("December 2009", "12 March 2009", "May to June 2008") with
 * its own parsers. It leaves bare years alone, so these parsers teach it the year forms of the
 * series; each marks its result with a tag that `toEdtf` reads.
 */
const YEAR_PARSERS: chrono.Parser[] = [
  {
    // "in 2007 and 2008", "in 2006, 2007 and 2008": a set of years, not an interval.
    pattern: () =>
      new RegExp(
        String.raw`\b(?:in|during)\s+${YEAR}((?:,\s*${YEAR.replace("(", "(?:")})*),?\s+and\s+${YEAR}${END}`,
        "i",
      ),
    extract: (context, m) => {
      const years = [m[1], ...(m[2]?.match(/\d{4}/g) ?? []), m[3]].map(Number);
      return context.createParsingComponents({ year: years[0] as number }).addTag(yearsTag(years));
    },
  },
  {
    // "from 2006 to 2008", "between 2005 and 2007", "2006-2008": an interval.
    pattern: () =>
      new RegExp(
        String.raw`(?:\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|through)\s+|\b${YEAR}\s*[-\u2013]\s*)${YEAR}${END}`,
        "i",
      ),
    extract: (context, m) =>
      context.createParsingResult(m.index ?? 0, m[0], { year: Number(m[1] ?? m[2]) }, { year: Number(m[3]) }),
  },
  {
    // "fiscal year 2009", "FY2009": the year, with the words EDTF cannot hold (a U.S. fiscal year
    // starts in the October before; the curator reads it from the qualifier).
    pattern: () => new RegExp(String.raw`\b(fiscal\s+year|FY)\s*${YEAR}${END}`, "i"),
    extract: (context, m) =>
      context
        .createParsingComponents({ year: Number(m[2]) })
        .addTag(`qualifier:${(m[1] as string).replace(/\s+/g, " ").toLowerCase()}`),
  },
  {
    // "early 2009", "mid-2008", "the summer of 2008": the year, with the word EDTF cannot hold.
    pattern: () => new RegExp(String.raw`\b(${QUALIFIERS})(?:\s+of)?[-\s]+${YEAR}${END}`, "i"),
    extract: (context, m) =>
      context.createParsingComponents({ year: Number(m[2]) }).addTag(`qualifier:${(m[1] as string).toLowerCase()}`),
  },
  {
    // "in 2008", "since 2005", "the 2009 Country Reports": a year after a word that introduces one
    // (a bare number is not enough: "2,500 people", "Resolution 1325").
    pattern: () =>
      new RegExp(
        String.raw`\b(in|since|during|by|until|before|after|of|from|through|the|its|their)\s+${YEAR}${END}`,
        "i",
      ),
    extract: (context, m) => context.createParsingComponents({ year: Number(m[2]) }),
  },
];

const finder = chrono.casual.clone();
finder.parsers.push(...YEAR_PARSERS);

type Components = chrono.ParsedComponents;
const pad = (n: number) => String(n).padStart(2, "0");

/** The EDTF of one end, at the precision the words give: never a day (or month) they do not. */
function point(c: Components | undefined, yearFrom?: Components): string | undefined {
  if (!c) return undefined;
  const year = c.isCertain("year") ? c.get("year") : yearFrom?.isCertain("year") ? yearFrom.get("year") : null;
  if (year === null) return undefined;
  if (!c.isCertain("month")) return String(year);
  const month = `${year}-${pad(c.get("month") as number)}`;
  return c.isCertain("day") ? `${month}-${pad(c.get("day") as number)}` : month;
}

/** Maps one chrono result to EDTF, or undefined when the words give no year. */
export function toEdtf(
  r: chrono.ParsedResult,
  since: boolean,
): Omit<DateCandidate, "sentenceId" | keyof Span> | undefined {
  const tags = r.tags();
  const years = [...tags].find((t) => t.startsWith("years:"));
  if (years) return { edtf: `{${years.slice(6)}}`, role: "occurred" };
  const qualifier = [...tags].find((t) => t.startsWith("qualifier:"))?.slice(10);
  const start = point(r.start, r.end);
  if (!start) return undefined;
  if (r.end) {
    const end = point(r.end, r.start);
    return end ? { edtf: `${start}/${end}`, role: "occurred" } : undefined;
  }
  if (since || /^since\b/i.test(r.text)) return { edtf: `${start}/..`, role: "in-force-from" };
  return { edtf: start, role: "occurred", ...(qualifier && { qualifier }) };
}

/** Every date the words of `[from, to)` give, as EDTF, with the span of its words. */
export function findDates(text: string, from: number, to: number): Omit<DateCandidate, "sentenceId">[] {
  const body = text.slice(from, to);
  const out: Omit<DateCandidate, "sentenceId">[] = [];
  for (const r of finder.parse(body, new Date(Date.UTC(1900, 0, 1)))) {
    // Relative words ("today", "last year") date nothing by themselves: the words must print a year.
    if (!/\d{4}/.test(r.text)) continue;
    const since = /\bsince\s+$/i.exec(body.slice(Math.max(0, r.index - 12), r.index))?.[0].length ?? 0;
    const mapped = toEdtf(r, since > 0);
    if (!mapped) continue;
    // The quote is the date's own words ("in 2008" -> "2008"), with the "since" that opens an interval.
    const lead = /^(?:on|in|at|the|of|during|its|their)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ ...mapped, start: from + r.index + lead - since, end: from + r.index + r.text.length });
  }
  return out;
}
