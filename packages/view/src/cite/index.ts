/// <reference path="./citation-js.d.ts" />
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { Evidence, ReportDocument } from "@report/data";
import { typedRecord } from "../context.ts";
import { passage } from "../labels.ts";
import { passagePath, recordPath } from "../links.ts";
import { webAnnotation } from "../selector.ts";
import { recordSentence } from "../sentences.ts";
import { CHICAGO_AUTHOR_DATE } from "./chicago-csl.ts";

export interface CiteOptions {
  /** The website's origin, e.g. `https://belarus-2010.example.net`: every URL in a citation starts with it. */
  baseUrl: string;
}

/** A passage or record in every format a reader may need, as text. */
export interface Citations {
  /** APA 7 reference-list entry. */
  apa: string;
  /** APA 7 in-text citation with the paragraph locator: "(…, 2010, para. 3)". */
  apaInText: string;
  /** Chicago author-date reference-list entry. */
  chicago: string;
  /** Chicago author-date in-text citation with the locator. */
  chicagoInText: string;
  /** BibTeX, its key unique to the passage or record. */
  bibtex: string;
  ris: string;
  /** The CSL-JSON item, pretty-printed. */
  cslJson: string;
  /** A W3C Web Annotation whose selectors point at the exact characters, pretty-printed. */
  annotation: string;
}

let registered = false;
function register() {
  if (registered) return;
  plugins.config.get("@csl").styles.add("chicago-author-date", CHICAGO_AUTHOR_DATE);
  registered = true;
}

/** What is cited: the span, where it is ("Paragraph 3, sentence 2"), its locator, and the page that shows it. */
interface Target {
  span: { start: number; end: number };
  where: string;
  /** Undefined for the whole report. */
  locator?: { label: "paragraph" | "section"; locator: string } | undefined;
  path: string;
  what?: string | undefined;
}

/** The id that cites the report as a whole (no passage or record has it: ids of paragraphs start with p). */
export const WHOLE_REPORT = "report";

function targetOf(doc: ReportDocument, id: string): Target | undefined {
  if (id === WHOLE_REPORT && !typedRecord(doc, id))
    return { span: { start: 0, end: doc.source.text.length }, where: "The whole report", path: "/read" };
  const at = passage(doc, id);
  if (at) {
    const paragraphId = at.kind === "paragraph" ? at.item.id : at.item.paragraphId;
    return { span: at.item, where: at.label, locator: locatorOf(doc, paragraphId), path: passagePath(id) };
  }
  const r = typedRecord(doc, id);
  const ev: Evidence | undefined = r ? [r.record.evidence].flat()[0] : undefined;
  const path = recordPath(doc, id);
  if (!ev || !path) return undefined;
  const where = passage(doc, ev.sentenceIds[0] ?? ev.paragraphId)?.label ?? ev.paragraphId;
  return { span: ev, where, locator: locatorOf(doc, ev.paragraphId), path, what: recordSentence(doc, id) };
}

/** APA and Chicago count paragraphs ("para. 3"); the bureau line and the introduction are named sections. */
function locatorOf(doc: ReportDocument, paragraphId: string): Target["locator"] {
  const label = passage(doc, paragraphId)?.label ?? paragraphId;
  const n = /^Paragraph (\d+)$/.exec(label)?.[1];
  return n ? { label: "paragraph", locator: n } : { label: "section", locator: label };
}

/** The CSL-JSON item for the whole report (WHOLE_REPORT), a paragraph, a sentence or a record; undefined for an unknown id. */
export function cslItem(doc: ReportDocument, id: string, opts: CiteOptions): Record<string, unknown> | undefined {
  const t = targetOf(doc, id);
  if (!t) return undefined;
  const m = doc.metadata;
  const base = opts.baseUrl.replace(/\/$/, "");
  return {
    id: `${doc.id}-${id}`,
    // Letters, digits and underscores only: citation-js replaces a key with other characters by its own.
    "citation-key": `${doc.id}_${id}`.replace(/[^A-Za-z0-9]+/g, "_"),
    type: "report",
    title: m.title.value,
    "collection-title": m.series.value,
    author: [{ literal: `${m.publisher.value}, ${m.bureau.value}` }],
    publisher: m.publisher.value,
    issued: { "date-parts": [[Number(m.editionYear.value)]] },
    URL: `${base}${t.path}`,
    note: `${t.where}${t.what ? `: ${t.what}` : ""}. Data version ${doc.dataVersion}.`,
    source: m.originalUrl.value,
    language: "en",
  };
}

/** APA (with the paragraph locator), Chicago, BibTeX, RIS, CSL-JSON and a W3C Web Annotation for one passage or record. */
export function citations(doc: ReportDocument, id: string, opts: CiteOptions): Citations | undefined {
  const item = cslItem(doc, id, opts);
  const t = targetOf(doc, id);
  if (!item || !t) return undefined;
  register();
  const cite = new Cite(item);
  const key = String(item.id);
  const bibliography = (style: string) =>
    String(cite.format("bibliography", { format: "text", style, lang: "en-US" })).trim();
  const inText = (style: string) =>
    String(
      cite.format("citation", {
        format: "text",
        style,
        lang: "en-US",
        entry: [{ id: key, ...(t.locator ?? {}) }],
        citationsPre: [],
        citationsPost: [],
      }),
    ).trim();
  return {
    apa: bibliography("apa"),
    apaInText: inText("apa"),
    chicago: bibliography("chicago-author-date"),
    chicagoInText: inText("chicago-author-date"),
    bibtex: String(cite.format("bibtex", { format: "text" })).trim(),
    ris: risOf(cite, item),
    cslJson: JSON.stringify([item], null, 2),
    annotation: JSON.stringify(webAnnotation(doc, t.span, opts.baseUrl), null, 2),
  };
}

/**
 * The RIS record, written from citation-js's tags rather than its text, which cuts values every 70
 * characters (a 70-character author became a blank line inside the record), cuts the ID to 20 (p7, p7-s1
 * and p7-s3 shared one), puts the CSL `source` (the original's URL) in DB (a database name) and a year alone
 * in DA as `2010///`. Here: one line per value, the ID the other formats use, the original's URL as a second
 * UR, the year in PY only, and `ER  - ` with its space, as the RIS specification writes every tag.
 */
function risOf(cite: Cite, item: Record<string, unknown>): string {
  // @citation-js/plugin-ris ships no types: its output format is called by name.
  const format = cite.format as (this: Cite, format: string, options: object) => unknown;
  const [tags = {}] = format.call(cite, "ris", { format: "object" }) as Record<string, unknown>[];
  const { TY, DA: _yearOnly, DB: _source, ID: _cut, UR, ...rest } = tags;
  const lines = Object.entries({ TY, ...rest, ID: item.id, UR: [UR, item.source] }).flatMap(([tag, v]) =>
    [v].flat().flatMap((x) => (x === undefined || x === "" ? [] : [`${tag}  - ${String(x).replace(/\s+/g, " ")}`])),
  );
  return [...lines, "ER  - "].join("\n");
}
