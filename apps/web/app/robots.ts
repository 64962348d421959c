import type { MetadataRoute } from "next";
import { absolute } from "../lib/site.ts";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/search"] }], sitemap: absolute("/sitemap.xml") };
}
