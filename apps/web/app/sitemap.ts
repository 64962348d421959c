import type { MetadataRoute } from "next";
import { report } from "../lib/report.ts";
import { absolute, SITEMAP_PAGES } from "../lib/site.ts";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = SITEMAP_PAGES.map((href) => ({
    url: absolute(href),
    changeFrequency: "monthly" as const,
    priority: href === "/" ? 1 : 0.8,
  }));
  const entities = report.entities.map((e) => ({
    url: absolute(`/entities/${e.id}`),
    changeFrequency: "monthly" as const,
    priority: 0.5,
  }));
  const cites = report.structure.paragraphs.map((p) => ({ url: absolute(`/cite/${p.id}`), priority: 0.3 }));
  return [...pages, ...entities, ...cites];
}
