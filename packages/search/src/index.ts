import type { ReportDocument } from "@report/data";
import MiniSearch, { type SearchResult as MiniResult } from "minisearch";
import { makeSnippet, type Snippet } from "./snippet.ts";

export { makeSnippet, type Snippet } from "./snippet.ts";

export type HitKind = "entity" | "paragraph";

/** Where a hit lives: the report, and the paragraph/sentence/entity to jump to. */
export interface SearchHit {
  kind: HitKind;
  /** Unique across the corpus: `${reportId}/${kind}/${id}`. */
  key: string;
  reportId: string;
  id: string;
  title: string;
  /** Entity kind for entities, part heading (or "Introduction") for paragraphs. */
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
  paragraphId: string;
}

export const MAX_QUERY_LENGTH = 200;

export interface ReportSearch {
  search(query: string, options?: { limit?: number; kind?: HitKind }): SearchHit[];
  readonly size: number;
  /** The index as minisearch serializes it (for measuring or caching). */
  toJSON(): unknown;
}

function documents(report: ReportDocument): Doc[] {
  const text = report.source.text;
  const parts = new Map(report.structure.parts.map((p) => [p.id, p.heading]));
  const paragraphs: Doc[] = report.structure.paragraphs.map((p) => ({
    key: `${report.id}/paragraph/${p.id}`,
    kind: "paragraph",
    reportId: report.id,
    id: p.id,
    title: p.role === "bureau" ? "Issuing bureau" : p.role === "intro" ? "Introduction" : `Paragraph ${p.id.slice(1)}`,
    context: p.partId ? (parts.get(p.partId) ?? "") : "Introduction",
    text: text.slice(p.start, p.end),
    paragraphId: p.id,
  }));
  const entities: Doc[] = report.entities.map((e) => ({
    key: `${report.id}/entity/${e.id}`,
    kind: "entity",
    reportId: report.id,
    id: e.id,
    title: e.name,
    context: e.kind,
    text: [e.name, ...e.aliases, ...e.evidence.map((ev) => ev.quote)].join(" \n "),
    paragraphId: e.evidence[0]?.paragraphId ?? "",
  }));
  return [...paragraphs, ...entities];
}

/** Query terms as the index sees them, for highlighting. */
function termsOf(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * Builds the one full-text index over paragraphs and entities of one or more reports. Ranked by
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

  const bestSentence = (doc: Doc, terms: string[]) => {
    const r = sentences.get(doc.reportId);
    if (!r) return undefined;
    const inParagraph = r.sentences.filter((s) => s.paragraphId === doc.paragraphId);
    const scored = inParagraph.map((s) => {
      const t = r.text.slice(s.start, s.end).toLowerCase();
      return { s, hits: terms.filter((w) => t.includes(w)).length };
    });
    scored.sort((a, b) => b.hits - a.hits);
    return scored[0]?.hits ? scored[0].s : undefined;
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
      if (options.kind) results = results.filter((r) => byKey.get(String(r.id))?.kind === options.kind);
      return results.slice(0, options.limit ?? 20).flatMap((r) => {
        const doc = byKey.get(String(r.id));
        if (!doc) return [];
        const matched = [...new Set([...terms, ...r.terms])];
        const sentence = doc.kind === "paragraph" ? bestSentence(doc, matched) : undefined;
        const r2 = sentences.get(doc.reportId);
        const text = sentence && r2 ? r2.text.slice(sentence.start, sentence.end) : doc.text.split(" \n ").join(" · ");
        return [
          {
            kind: doc.kind,
            key: doc.key,
            reportId: doc.reportId,
            id: doc.id,
            title: doc.title,
            context: doc.context,
            paragraphId: doc.paragraphId,
            sentenceId: sentence?.id,
            score: r.score,
            snippet: makeSnippet(text, matched),
          },
        ];
      });
    },
  };
}
