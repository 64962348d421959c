import type { MetadataRoute } from "next";
import { report } from "../lib/report.ts";
import { absolute, NAV } from "../lib/site.ts";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const pages = NAV.filter((n) => n.href !== "/search").map((n) => ({
    url: absolute(n.href),
    changeFrequency: "monthly" as const,
    priority: n.href === "/" ? 1 : 0.8,
  }));
  const entities = report.entities.map((e) => ({
    url: absolute(`/entities/${e.id}`),
    changeFrequency: "monthly" as const,
    priority: 0.5,
  }));
  const cites = report.structure.paragraphs.map((p) => ({ url: absolute(`/cite/${p.id}`), priority: 0.3 }));
  return [...pages, ...entities, ...cites];
}
