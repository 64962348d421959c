import { documentWords } from "@report/view";
import type { Metadata } from "next";
import type { SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";

/** A document's Open Graph picture (drawn at build time): `/opengraph-image`, `/d/<id>/opengraph-image`. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
export const ogImage = (d: SiteDocument) => ({
  url: pathIn(d, "/opengraph-image"),
  ...OG_IMAGE_SIZE,
  alt: documentWords(d.doc).image.alt,
});

type PageMeta = Omit<Metadata, "alternates"> & {
  title: string | { absolute: string };
  description: string;
  /** The page's address in its document (`/read`): the canonical link is the document's own. */
  alternates: { canonical: string };
};

/** What every page of a document shares: the site's name for it in titles, its description, its Open Graph site. */
export function siteMetadata(d: SiteDocument): Metadata {
  const w = documentWords(d.doc);
  return {
    title: { default: w.siteName, template: `%s · ${w.siteName}` },
    description: w.description,
    applicationName: w.siteName,
    openGraph: { type: "website", siteName: w.siteName, locale: "en_US" },
    robots: d.doc.status === "draft" ? { index: false, follow: true } : { index: true, follow: true },
  };
}

/**
 * A page of a document: its metadata with the canonical address under the document, and its Open Graph tags
 * (title, description, URL). A page's `openGraph` replaces the layout's (and the file-based image) whole, so the
 * shared fields and the image are repeated here. A draft is not for search engines: it is not published yet.
 */
export function withOpenGraph(d: SiteDocument, meta: PageMeta): Metadata {
  const title = typeof meta.title === "string" ? meta.title : meta.title.absolute;
  const canonical = pathIn(d, meta.alternates.canonical);
  return {
    ...meta,
    alternates: { canonical },
    ...(d.doc.status === "draft" ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      type: "website",
      siteName: documentWords(d.doc).siteName,
      locale: "en_US",
      title,
      description: meta.description,
      url: canonical,
      images: [ogImage(d)],
    },
  };
}
