import { documentWords } from "@report/view";
import type { SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";
import { absolute } from "./site.ts";

/** schema.org Report + GovernmentOrganization for a report as a whole. */
export function reportJsonLd(d: SiteDocument): Record<string, unknown> {
  const m = d.doc.metadata;
  const agency = {
    "@type": "GovernmentOrganization",
    name: m.publisher.value,
    subOrganization: { "@type": "GovernmentOrganization", name: m.bureau.value },
  };
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: m.title.value,
    headline: m.title.value,
    isPartOf: { "@type": "CreativeWorkSeries", name: m.series.value },
    author: agency,
    publisher: agency,
    datePublished: m.editionYear.value,
    temporalCoverage: m.periodCovered.value,
    spatialCoverage: { "@type": "Country", name: m.country.value },
    inLanguage: "en",
    license: "https://creativecommons.org/publicdomain/mark/1.0/",
    copyrightNotice: m.rights.value,
    sameAs: m.originalUrl.value,
    url: absolute(pathIn(d, "/read")),
    version: d.doc.dataVersion,
    mainEntityOfPage: { "@type": "WebSite", name: documentWords(d.doc).siteName, url: absolute(pathIn(d, "/")) },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so the data can never close the tag. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
