import { indexReport, type ReportDocument, type ReportIndex } from "@report/data";
import data from "#report-data";
import { DOCUMENT_PREFIX } from "./paths.ts";
import type { ReportDataModule } from "./report-data.ts";

/** One document of the site, with what its pages need to address it. */
export interface SiteDocument {
  doc: ReportDocument;
  index: ReportIndex;
  /** What its addresses start with: "" for the default document (the site as it always was), "/d/<id>" for another. */
  base: string;
  /** The published report of `@report/data` itself: its downloads are the package's own files. */
  packaged: boolean;
}

/**
 * The documents a site shows: the published report, or those of REPORT_DATA in its order. The first is the
 * default: it keeps the addresses the site always had (`/read`, `/events` …).
 */
export const siteDocuments = (data: ReportDataModule): SiteDocument[] =>
  data.documents.map((doc, i) => ({
    doc,
    index: indexReport(doc),
    base: i === 0 ? "" : `${DOCUMENT_PREFIX}${doc.id}`,
    packaged: data.file === null,
  }));

/** This build's documents (`#report-data`: next.config points it at REPORT_DATA's, checked). */
export const DOCUMENTS: readonly SiteDocument[] = siteDocuments(data);

export const DEFAULT_DOCUMENT = DOCUMENTS[0] as SiteDocument;

/** True when REPORT_DATA was a corpus of several documents: the site then has a list of them and a picker. */
export const IS_CORPUS = DOCUMENTS.length > 1;

/** The file REPORT_DATA named (absolute), or null for the published report of `@report/data`. */
export const REPORT_DATA_FILE = data.file;

/** A document other than the default, by the `[doc]` segment of its addresses. */
export const otherDocument = (id: string): SiteDocument | undefined =>
  DOCUMENTS.find((d, i) => i > 0 && d.doc.id === id);

/** The `[doc]` segments of /d/[doc]/…: every document but the default. */
export const otherDocumentParams = (): { doc: string }[] => DOCUMENTS.slice(1).map((d) => ({ doc: d.doc.id }));
