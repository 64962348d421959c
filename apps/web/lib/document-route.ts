import { notFound } from "next/navigation";
import { DOCUMENTS, otherDocument, type SiteDocument } from "./documents.ts";

// The routes of a document other than the default one live under /d/[doc]/ (files named *.corpus.tsx, built only
// for a corpus): these find the document a request names, and list the parameters the build prerenders.

export type DocumentParams = Promise<{ doc: string }>;

/** The document of a /d/[doc]/ address; any other id is a 404. */
export async function documentOf(params: Promise<{ doc: string }>): Promise<SiteDocument> {
  const d = otherDocument((await params).doc);
  if (!d) notFound();
  return d;
}

/** A page's own parameters in the document its layout gives it (`generateStaticParams` of a page under /d/[doc]/). */
export const paramsIn =
  <T>(of: (d: SiteDocument) => T[]) =>
  async ({ params }: { params: { doc: string } }): Promise<T[]> => {
    const d = otherDocument(params.doc);
    return d ? of(d) : [];
  };

/** A route handler's parameters in every document under /d/[doc]/, each with the document's id. */
export const paramsInEach =
  <T extends object>(of: (d: SiteDocument) => T[]) =>
  (): (T & { doc: string })[] =>
    DOCUMENTS.slice(1).flatMap((d) => of(d).map((p) => ({ ...p, doc: d.doc.id })));
