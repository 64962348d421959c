// After the static export: writes out/_headers, the headers `next start` sends, as rules a static host applies:
// each page's CSP with the sha256 of its own inline scripts, the shared security headers, and the content type of
// every file a host cannot type by its extension.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { report } from "@report/data";
import { citeFiles } from "../lib/cite-files.ts";
import { inlineHashes, routeOfHtmlFile } from "../lib/csp-manifest.ts";
import { type SiteDocument, siteDocuments } from "../lib/documents.ts";
import { dataFiles } from "../lib/files.ts";
import { REDIRECTS } from "../lib/redirects.ts";
import { readReportData, reportDataPath } from "../lib/report-data.ts";
import { type ExportPage, exportHeaderRules, formatHeadersFile } from "../lib/static-headers.ts";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/** The documents of this build as the site has them: REPORT_DATA's (read again here, in Node), or the published report. */
function buildDocuments(): SiteDocument[] {
  const file = reportDataPath();
  if (!file) return siteDocuments({ file: null, documents: [report] });
  const data = readReportData(file);
  if (!data.ok) throw new Error(data.problem);
  return siteDocuments({ file, documents: data.documents });
}

/** Writes `<out>/_headers` (atomically) and returns how many rules it holds. */
export function writeExportHeaders(out: string): number {
  const pages: ExportPage[] = [];
  let notFound = { script: [] as string[], style: [] as string[] };
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const hashes = inlineHashes(readFileSync(file, "utf8"), sha256);
    const route = routeOfHtmlFile(relative(out, file));
    if (route === "/404") notFound = hashes;
    else if (route !== "/_not-found") pages.push({ route, hashes });
  }
  const documents = buildDocuments();
  const rules = exportHeaderRules(
    pages,
    notFound,
    documents.map((d) => ({ base: d.base, downloads: dataFiles(d) })),
    citeFiles(documents),
  );
  writeFileSync(join(out, "_headers.tmp"), formatHeadersFile(rules));
  renameSync(join(out, "_headers.tmp"), join(out, "_headers"));
  // The same permanent redirects as next.config (Netlify / Cloudflare Pages `_redirects` format).
  writeFileSync(join(out, "_redirects"), REDIRECTS.map((r) => `${r.source} ${r.destination} 308\n`).join(""));
  return rules.length;
}
