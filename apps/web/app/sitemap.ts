import type { MetadataRoute } from "next";
import { DOCUMENTS, IS_CORPUS } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { absolute, DOCUMENTS_PATH, SITEMAP_PAGES } from "../lib/site.ts";

export const dynamic = "force-static";

/** Every published document's pages (a draft is not for search engines yet), and the list of them in a corpus. */
export default function sitemap(): MetadataRoute.Sitemap {
  const list = IS_CORPUS ? [{ url: absolute(DOCUMENTS_PATH), changeFrequency: "monthly" as const, priority: 1 }] : [];
  return [
    ...list,
    ...DOCUMENTS.filter((d) => d.doc.status === "published").flatMap((d) => {
      const url = (path: string) => absolute(pathIn(d, path));
      const pages = SITEMAP_PAGES.map((href) => ({
        url: url(href),
        changeFrequency: "monthly" as const,
        priority: href === "/" ? 1 : 0.8,
      }));
      const entities = d.doc.entities.map((e) => ({
        url: url(`/entities/${e.id}`),
        changeFrequency: "monthly" as const,
        priority: 0.5,
      }));
      const cites = d.doc.structure.paragraphs.map((p) => ({ url: url(`/cite/${p.id}`), priority: 0.3 }));
      return [...pages, ...entities, ...cites];
    }),
  ];
}
