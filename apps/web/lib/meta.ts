import type { Metadata } from "next";
import { SITE_NAME } from "./site.ts";

/** The site's one Open Graph image (app/opengraph-image.tsx, drawn at build time). */
export const OG_IMAGE = {
  url: "/opengraph-image",
  width: 1200,
  height: 630,
  alt: "Advancing Freedom and Democracy Reports 2010: Belarus, published as data",
};

type PageMeta = Metadata & {
  title: string | { absolute: string };
  description: string;
  alternates: { canonical: string };
};

/**
 * A page's metadata with its Open Graph tags (title, description, URL). A page's `openGraph` replaces the
 * layout's (and the file-based image) whole, so the shared fields and the image are repeated here.
 */
export function withOpenGraph(meta: PageMeta): Metadata {
  const title = typeof meta.title === "string" ? meta.title : meta.title.absolute;
  return {
    ...meta,
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: "en_US",
      title,
      description: meta.description,
      url: meta.alternates.canonical,
      images: [OG_IMAGE],
    },
  };
}
