import type { Evidence, ReportDocument } from "@report/data";
import { capitalize, kindLabel, paragraphLabel, recordKindLabel, recordSentence, recordTitle } from "@report/view";
import MiniSearch, { type SearchResult as MiniResult } from "minisearch";
import { makeSnippet, type Snippet } from "./snippet.ts";

export { makeSnippet, type Snippet } from "./snippet.ts";

/** What a hit is: a paragraph of the text, or a record of the data. */
export const HIT_KINDS = ["paragraph", "entity", "event", "sanction", "restriction", "strategy"] as const;
export type HitKind = (typeof HIT_KINDS)[number];
/** The kinds that are records (everything but paragraphs). */
export type RecordHitKind = Exclude<HitKind, "paragraph">;

/** Where a hit lives: the report, and the paragraph/sentence/entity to jump to. */
export interface SearchHit {
  kind: HitKind;
  /** Unique across the corpus: `${reportId}/${kind}/${id}`. */
  key: string;
  reportId: string;
  id: string;
  title: string;
  /** In words: the record's kind ("Company", "Meeting", "Sanction"), or a paragraph's part heading. */
  context: string;
  paragraphId: string;
  sentenceId: string | undefined;
  score: number;
  snippet: Snippet;
}

interface Doc {
  key: string;
  kind: HitKind;
  reportId: string;
  id: string;
  title: string;
  context: string;
  text: string;
  /** What a hit shows when no sentence of a paragraph matched. */
  snippet: string;
  paragraphId: string;
  /** Every paragraph the record's words stand in (a paragraph: itself). */
  paragraphIds: string[];
  /** The record's quotes, where they stand in the text (none for a paragraph). */
  quotes: { start: number; end: number }[];
  /** Its name and other names, lower case, for an exact match of the whole query. */
  names: string[];
}

export const MAX_QUERY_LENGTH = 200;

export interface ReportSearch {
  search(query: string, options?: { limit?: number; kind?: HitKind }): SearchHit[];
  readonly size: number;
  /** The index as minisearch serializes it (for measuring or caching). */
  toJSON(): unknown;
}

/** Between the fields of a record's text. */
const SEPARATOR = " \n ";

function documents(report: ReportDocument): Doc[] {
  const text = report.source.text;
  const parts = new Map(report.structure.parts.map((p) => [p.id, p.heading]));
  const paragraphs: Doc[] = report.structure.paragraphs.map((p) => ({
    key: `${report.id}/paragraph/${p.id}`,
    kind: "paragraph",
    reportId: report.id,
    id: p.id,
    title: paragraphLabel(report, p),
    context: p.partId ? (parts.get(p.partId) ?? "") : "Introduction",
    text: text.slice(p.start, p.end),
    snippet: text.slice(p.start, p.end),
    paragraphId: p.id,
    paragraphIds: [p.id],
    quotes: [],
    names: [],
  }));
  // A record is found by its name, its sentence in words and the words of the report that state it.
  const record = (
    kind: RecordHitKind,
    r: { id: string; evidence: Evidence[] },
    extra: string[] = [],
    names: string[] = [],
  ): Doc => ({
    key: `${report.id}/${kind}/${r.id}`,
    kind,
    reportId: report.id,
    id: r.id,
    title: recordTitle(report, r.id) ?? r.id,
    context: recordKindLabel(report, r.id) ?? capitalize(kind),
    text: [recordSentence(report, r.id) ?? "", ...extra, ...r.evidence.map((ev) => ev.quote)].join(SEPARATOR),
    snippet: recordSentence(report, r.id) ?? "",
    paragraphId: r.evidence[0]?.paragraphId ?? "",
    paragraphIds: [...new Set(r.evidence.map((ev) => ev.paragraphId))],
    quotes: r.evidence.map((ev) => ({ start: ev.start, end: ev.end })),
    names: names.map(normalizeName),
  });
  return [
    ...paragraphs,
    ...report.entities.map((e) =>
      record(
        "entity",
        e,
        [e.name, ...e.aliases, kindLabel(e.kind), ...e.mentions.map((m) => m.quote)],
        [e.name, ...e.aliases],
      ),
    ),
    // An event is found by its type too ("meeting" finds the meetings the text says someone "met" at).
    ...report.events.map((e) => record("event", e, [recordKindLabel(report, e.id) ?? ""])),
    ...report.sanctions.map((s) => record("sanction", s, [s.name])),
    ...report.restrictions.map((r) => record("restriction", r, [r.name, r.restricts.quote])),
    ...report.strategies.map((s) =>
      record("strategy", s, [
        s.name,
        ...s.goals.map((g) => g.name),
        ...s.priorityAreas.flatMap((a) => [a.name, ...a.subGoals.map((g) => g.name)]),
      ]),
    ),
  ];
}

/** A name or query as compared for an exact match: lower case, words only. */
const normalizeName = (s: string) => termsOf(s).join(" ");

/** Query terms as the index sees them, for highlighting. */
function termsOf(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * The order of the results: a record named exactly by the query first, then by score, where a
 * paragraph also counts the scores of the records whose words stand in it, so the passage about the
 * query comes before the single records taken from it.
 */
function rank(results: MiniResult[], byKey: Map<string, Doc>, name: string) {
  const found = results.flatMap((r) => {
    const doc = byKey.get(String(r.id));
    return doc ? [{ doc, score: r.score, matched: r.terms }] : [];
  });
  const about = new Map<string, number>();
  for (const { doc, score } of found)
    if (doc.kind !== "paragraph")
      for (const p of doc.paragraphIds)
        about.set(`${doc.reportId}/${p}`, (about.get(`${doc.reportId}/${p}`) ?? 0) + score);
  return found
    .map((f) => ({
      ...f,
      score: f.doc.kind === "paragraph" ? f.score + (about.get(`${f.doc.reportId}/${f.doc.id}`) ?? 0) : f.score,
      exact: f.doc.names.includes(name),
    }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
}

/** A record's quotes that no earlier hit shows, joined; each quote once. */
function unseenQuotes(doc: Doc, text: string, shown: { start: number; end: number }[]): string {
  // A quote mostly inside words already shown says nothing new.
  const overlap = (q: { start: number; end: number }, s: { start: number; end: number }) =>
    Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  const fresh = doc.quotes.filter((q) => !shown.some((s) => overlap(q, s) * 2 > q.end - q.start));
  const quotes = [...new Set(fresh.map((q) => text.slice(q.start, q.end)))].filter(
    (quote, _, all) => !all.some((other) => other !== quote && other.includes(quote)),
  );
  shown.push(...fresh);
  return quotes.join(" · ");
}

/**
 * Builds the one full-text index over the paragraphs and records (entities, events, sanctions,
 * restrictions, strategies with their goals) of one or more reports. Ranked by
 * BM25 (minisearch) with prefix and light fuzzy matching; titles weigh more than body text.
 */
export function createSearch(reports: readonly ReportDocument[]): ReportSearch {
  const docs = reports.flatMap(documents);
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const sentences = new Map(
    reports.map((r) => [r.id, { text: r.source.text, sentences: r.structure.sentences }] as const),
  );
  const index = new MiniSearch<Doc>({
    idField: "key",
    fields: ["title", "text"],
    storeFields: [],
    // Prefix-match only the word being typed; fall back to fuzzy matching only when nothing matched.
    searchOptions: { boost: { title: 3 }, prefix: (_t, i, all) => i === all.length - 1, combineWith: "AND" },
  });
  index.addAll(docs);

  // The sentence of a paragraph hit that shows why it matched: the most query words as typed (whole words),
  // then the most words the index matched them to ("eu" finds the sentence saying "EU" before one saying
  // "European"), then the most words found inside longer ones; the first such sentence in the text.
  const bestSentence = (doc: Doc, query: string[], matched: string[]) => {
    const r = sentences.get(doc.reportId);
    if (!r) return undefined;
    const inParagraph = r.sentences.filter((s) => s.paragraphId === doc.paragraphId);
    const scored = inParagraph.map((s) => {
      const t = r.text.slice(s.start, s.end).toLowerCase();
      const words = new Set(termsOf(t));
      const hits = [
        query.filter((w) => words.has(w)),
        matched.filter((w) => words.has(w)),
        matched.filter((w) => t.includes(w)),
      ];
      return { s, hits: hits.map((h) => h.length) };
    });
    const order = (a: number[], b: number[]) =>
      (b[0] ?? 0) - (a[0] ?? 0) || (b[1] ?? 0) - (a[1] ?? 0) || (b[2] ?? 0) - (a[2] ?? 0);
    scored.sort((a, b) => order(a.hits, b.hits));
    return scored[0]?.hits[2] ? scored[0].s : undefined;
  };

  return {
    size: docs.length,
    toJSON: () => index.toJSON(),
    search(query, options = {}) {
      const q = query.normalize("NFKC").slice(0, MAX_QUERY_LENGTH).trim();
      const terms = termsOf(q);
      if (terms.length === 0) return [];
      const joined = terms.join(" ");
      let results: MiniResult[] = index.search(joined);
      if (results.length === 0) results = index.search(joined, { fuzzy: 0.2 });
      const ranked = rank(results, byKey, normalizeName(q));
      const kept = options.kind ? ranked.filter((r) => r.doc.kind === options.kind) : ranked;
      // What earlier hits already show (sentences, quotes): a later hit does not repeat it.
      const shown: { start: number; end: number }[] = [];
      return kept.slice(0, options.limit ?? 20).map(({ doc, score, matched }) => {
        const words = [...new Set([...terms, ...matched])];
        const r = sentences.get(doc.reportId);
        const sentence = doc.kind === "paragraph" ? bestSentence(doc, terms, words) : undefined;
        let text: string;
        if (sentence && r) {
          text = r.text.slice(sentence.start, sentence.end);
          shown.push(sentence);
        } else if (doc.kind === "paragraph") text = doc.snippet;
        else text = unseenQuotes(doc, r?.text ?? "", shown);
        return {
          kind: doc.kind,
          key: doc.key,
          reportId: doc.reportId,
          id: doc.id,
          title: doc.title,
          context: doc.context,
          paragraphId: doc.paragraphId,
          sentenceId: sentence?.id,
          score,
          snippet: makeSnippet(text, words),
        };
      });
    },
  };
}
