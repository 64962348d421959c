import type { Evidence, MetadataValue, RecordCollection, ReportDocument } from "@report/data";

/** How many of a document's sentences some record quotes as evidence. */
export interface Coverage {
  covered: number;
  total: number;
}

/** What a list of documents shows of each one (a corpus's picker). */
export interface DocumentSummary {
  id: string;
  /** The title, or the id when the title is still to be filled in (a draft). */
  title: string;
  country: string;
  edition: string;
  status: ReportDocument["status"];
  /** "Published", "Draft". */
  statusLabel: string;
  coverage: Coverage;
  /** "6 of 10 sentences quoted by a record (60%)". */
  coverageText: string;
  /** Records still marked `draft: true` by `ingest`, waiting for a curator. */
  toConfirm: number;
}

// Every collection `@report/data` keeps records in: `satisfies` fails to compile when it adds one.
const COLLECTIONS = Object.keys({
  entities: true,
  events: true,
  sanctions: true,
  restrictions: true,
  strategies: true,
  relations: true,
} satisfies Record<RecordCollection, true>) as RecordCollection[];

const isEvidence = (v: object): v is Evidence =>
  typeof (v as Evidence).quote === "string" && Array.isArray((v as Evidence).sentenceIds);

/** Visits every object in the records of a document (not its metadata, source or structure). */
function eachRecordObject(doc: ReportDocument, visit: (o: object) => void): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const v of node) walk(v);
    else if (node && typeof node === "object") {
      visit(node);
      for (const v of Object.values(node)) walk(v);
    }
  };
  for (const key of COLLECTIONS) walk(doc[key]);
}

interface Counts {
  coverage: Coverage;
  toConfirm: number;
}
const counted = new WeakMap<ReportDocument, Counts>();

/** One walk over the records per document (documents are never changed). */
function countsOf(doc: ReportDocument): Counts {
  let c = counted.get(doc);
  if (!c) {
    const cited = new Set<string>();
    let toConfirm = 0;
    eachRecordObject(doc, (o) => {
      if (isEvidence(o)) for (const id of o.sentenceIds) cited.add(id);
      if ((o as { draft?: unknown }).draft === true) toConfirm++;
    });
    const total = doc.structure.sentences.length;
    const covered = doc.structure.sentences.filter((s) => cited.has(s.id)).length;
    c = { coverage: { covered, total }, toConfirm };
    counted.set(doc, c);
  }
  return c;
}

/**
 * The sentences some record quotes, out of all: the coverage the data build checks (a published
 * document has them all; a draft from `ingest` may not yet).
 */
export const documentCoverage = (doc: ReportDocument): Coverage => countsOf(doc).coverage;

/**
 * A share to one decimal, the figure the data build's coverage warning prints ("55.6%"), without a
 * ".0" ("60%"); never 0% for some nor 100% for less than all.
 */
export function percentWords(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  const rounded = Math.round((part * 1000) / whole);
  const tenths = Math.min(part < whole ? 999 : 1000, Math.max(part > 0 ? 1 : 0, rounded));
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

/** "6 of 10 sentences quoted by a record (60%)". */
export function coverageWords(c: Coverage): string {
  const noun = c.total === 1 ? "sentence" : "sentences";
  return `${c.covered} of ${c.total} ${noun} quoted by a record (${percentWords(c.covered, c.total)})`;
}

/** "12 records to confirm", "1 record to confirm". */
export const toConfirmWords = (n: number): string => `${n} ${n === 1 ? "record" : "records"} to confirm`;

/** `ingest` writes this for every value the text does not state; the data build refuses it in a published document. */
const PLACEHOLDER = /\bto fill in\b/i;
/** A metadata value as given, or undefined while it is still "to fill in" (a draft). */
export const statedValue = (v: MetadataValue): string | undefined => (PLACEHOLDER.test(v.value) ? undefined : v.value);

export const STATUS_LABELS: Record<ReportDocument["status"], string> = { published: "Published", draft: "Draft" };

/** A document as a list of documents shows it: title, country, edition, status and coverage. */
export function documentSummary(doc: ReportDocument): DocumentSummary {
  const { coverage, toConfirm } = countsOf(doc);
  const m = doc.metadata;
  const year = statedValue(m.editionYear);
  return {
    id: doc.id,
    title: statedValue(m.title) ?? `${doc.id} (title to fill in)`,
    country: statedValue(m.country) ?? "country to fill in",
    edition: year ? `${year} edition` : "edition to fill in",
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    coverage,
    coverageText: coverageWords(coverage),
    toConfirm,
  };
}

/** The line under a document's title in a list: "Belarus · 2010 edition · Published · 28 of 28 sentences quoted by a record (100%)". */
export const documentLine = (s: DocumentSummary): string =>
  [s.country, s.edition, s.statusLabel, s.coverageText].join(" · ");

/**
 * What marks a draft wherever it is shown (undefined for a published document): its label, and what
 * is left to do, most telling first, so that a narrow banner can stop after any part.
 */
export function draftBanner(doc: ReportDocument): { label: string; parts: string[] } | undefined {
  if (doc.status !== "draft") return undefined;
  const { coverage, toConfirm } = countsOf(doc);
  const parts = [coverageWords(coverage)];
  if (toConfirm > 0) parts.push(toConfirmWords(toConfirm));
  parts.push("not yet published");
  return { label: STATUS_LABELS.draft, parts };
}

/** The banner in one line: "Draft: 6 of 10 sentences quoted by a record (60%) · 12 records to confirm · not yet published". */
export function draftBannerText(doc: ReportDocument): string | undefined {
  const b = draftBanner(doc);
  return b && `${b.label}: ${b.parts.join(" · ")}`;
}

/** What a list of documents holds, by status: "3 documents: 1 published, 2 drafts". */
export function documentsWords(docs: readonly ReportDocument[]): string {
  const published = docs.filter((d) => d.status === "published").length;
  const drafts = docs.length - published;
  const parts = [
    ...(published > 0 ? [`${published} published`] : []),
    ...(drafts > 0 ? [`${drafts} ${drafts === 1 ? "draft" : "drafts"}`] : []),
  ];
  return `${docs.length} ${docs.length === 1 ? "document" : "documents"}: ${parts.join(", ")}`;
}
