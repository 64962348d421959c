import type { ReportDocument } from "@report/data";
import { whenWords } from "./dates.ts";
import { documentSummary, statedValue } from "./report-summary.ts";
import { listWords } from "./words.ts";

/**
 * What a website calls a document and says about it, from its metadata: the published report's words,
 * and for a draft whatever its metadata states so far (never "to fill in").
 */
export interface DocumentWords {
  /** "Belarus 2010": the country and the edition. */
  name: string;
  /** "Belarus 2010: Advancing Freedom and Democracy, as data": the site's name for it. */
  siteName: string;
  /** "Advancing Freedom and Democracy, as data": what the name stands beside. */
  tagline: string;
  /** One sentence on what the site holds for it. */
  description: string;
  /** "U.S. Department of State · Advancing Freedom and Democracy Reports, 2010": above the home page's heading. */
  eyebrow: string;
  /** "What the U.S. did in Belarus in 2009": the home page's heading. */
  headline: string;
  /** The home page's description: the heading, where it comes from and what it answers. */
  homeDescription: string;
  /** "the 2010 Belarus report". */
  reportName: string;
  /** The sanctions page's description. */
  sanctionsDescription: string;
  /** The words of its Open Graph picture: "U.S. Department of State · 2010" above the title. */
  image: { eyebrow: string; title: string; alt: string };
  /** "Belarus", or "the country" while it is to fill in. */
  country: string;
}

/** The series without its last word: "Advancing Freedom and Democracy", the project's series when not yet stated. */
const SERIES = "Advancing Freedom and Democracy";

export function documentWords(doc: ReportDocument): DocumentWords {
  const m = doc.metadata;
  const country = statedValue(m.country);
  const year = statedValue(m.editionYear);
  const period = statedValue(m.periodCovered);
  const series = statedValue(m.series);
  const publisher = statedValue(m.publisher);
  const seriesShort = series?.replace(/\s+Reports?$/, "") ?? SERIES;
  const name = [country, year].filter(Boolean).join(" ") || doc.id;
  const headline = `What the U.S. did in ${country ?? "the country"}${period ? ` in ${period}` : ""}`;
  const draft = doc.status === "draft";
  const title = documentSummary(doc).title;
  const edition = year ? `${year} ` : "";
  return {
    name,
    siteName: `${name}: ${seriesShort}, as data`,
    tagline: `${seriesShort}, as data`,
    description: `The U.S. State Department's ${edition}“${seriesShort}” report on ${country ?? "a country"}, ${draft ? "as draft data" : "published as data"}: what the U.S. did, the full text, events, sanctions, a timeline and citations.`,
    eyebrow: [publisher, [series, year].filter(Boolean).join(", ")].filter(Boolean).join(" · "),
    headline,
    homeDescription: `${headline}, from the State Department's ${edition}report: ${listWords(holds(doc))}, each with its evidence.`,
    reportName: ["the", year, country, "report"].filter(Boolean).join(" "),
    sanctionsDescription: `Each U.S. sanction with its status now, its history step by step with the report's words, and its condition; and the restrictions the government of ${country ?? "the country"} imposes.`,
    image: {
      eyebrow: [publisher, year].filter(Boolean).join(" · "),
      title,
      alt: `${title}, ${draft ? "draft data" : "published as data"}`,
    },
    country: country ?? "the country",
  };
}

/** What a document has records of, in the words of its home page: "sanctions, restrictions, …, and programs". */
function holds(doc: ReportDocument): string[] {
  const parts: string[] = [];
  if (doc.sanctions.length > 0) parts.push("sanctions");
  if (doc.restrictions.length > 0) parts.push("restrictions");
  if (doc.strategies.some((s) => s.type === "assistance-strategy")) parts.push("the assistance strategy");
  if (doc.events.some((e) => e.type === "meet")) parts.push("meetings");
  if (doc.entities.some((e) => e.kind === "program")) parts.push("programs");
  if (doc.events.length > 0 && parts.length === 0) parts.push("events");
  return parts.length > 0 ? parts : ["its full text"];
}

/** What the strategy page and the home page say of a document's policy and assistance strategy. */
export interface StrategyWords {
  /** The page's description: "The U.S. policy of promoting democracy in Belarus, its means, and …". */
  description: string;
  /** "What the U.S. aims for in Belarus, and the plan it adopted to get there." */
  lede: string;
  /** The home page's pointer: "the U.S. policy and its 2009 assistance strategy". */
  summary: string;
}

export function strategyWords(doc: ReportDocument): StrategyWords {
  const { country } = documentWords(doc);
  const adopted = doc.strategies.find((s) => s.type === "assistance-strategy")?.adopted;
  return {
    description: `The U.S. policy of promoting democracy in ${country}, its means, and the assistance strategy${adopted ? ` adopted ${whenWords(adopted.edtf)}` : ""} with its priority areas and sub-goals.`,
    lede: `What the U.S. aims for in ${country}, and the plan it adopted to get there.`,
    summary: `the U.S. policy and its ${adopted ? `${adopted.edtf.slice(0, 4)} ` : ""}assistance strategy`,
  };
}

/**
 * What a page says where a document has none of what it lists ("sanctions", "dated records"): a draft may not
 * have them written yet; a published report has none.
 */
export const noRecordsWords = (doc: ReportDocument, plural: string): string =>
  doc.status === "draft" ? `No ${plural} recorded in this draft yet.` : `The report records no ${plural}.`;
