import type { MetadataRoute } from "next";
import { DOCUMENTS } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { absolute } from "../lib/site.ts";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // Search results of every document are pages without an end: not for crawlers.
  const disallow = DOCUMENTS.map((d) => pathIn(d, "/search"));
  return { rules: [{ userAgent: "*", allow: "/", disallow }], sitemap: absolute("/sitemap.xml") };
}
