import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InlineHashes } from "./security.ts";

/** Written after `next build` by scripts/csp-hashes.ts into .next/; read by the proxy. */
export interface CspManifest {
  buildId: string;
  /** Pathname of each prerendered page → the hashes of its inline scripts and styles. */
  routes: Record<string, InlineHashes & { etag: string }>;
  /** The prerendered 404 page, sent for any address that is not a prerendered page. */
  notFound: InlineHashes;
  /**
   * Every reader highlight the site links to, as `<reader>?hl=<start>-<end>` (`/read?hl=3-9`, `/d/<id>/read?hl=3-9`):
   * the only ones a reader accepts (others redirect to it).
   */
  highlights: string[];
  /** The REPORT_DATA file the build shows (absolute), or null for the published report of `@report/data`. */
  reportData: string | null;
}

export const CSP_MANIFEST_FILE = "csp-hashes.json";

/** The manifest of the build in `distDir`, or undefined when there is none or it is left from an earlier build. */
export function readCspManifest(distDir: string): CspManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, CSP_MANIFEST_FILE), "utf8")) as CspManifest;
    // A manifest left from an earlier build would name the wrong hashes: then every page gets a nonce instead.
    return manifest.buildId === readFileSync(join(distDir, "BUILD_ID"), "utf8").trim() ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The inline `<script>` (JavaScript only) and `<style>` elements of an HTML page, as sha256 CSP sources. */
export function inlineHashes(html: string, sha256Base64: (text: string) => string): InlineHashes {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !/^(text\/javascript|application\/javascript|module)$/.test(type)) continue; // data blocks never run
    script.add(`sha256-${sha256Base64(m[2] ?? "")}`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) style.add(`sha256-${sha256Base64(m[1] ?? "")}`);
  return { script: [...script], style: [...style] };
}

/** Maps a prerendered HTML file under .next/server/app to its pathname ("index.html" → "/"). */
export function routeOfHtmlFile(relative: string): string {
  const path = relative.replace(/\\/g, "/").replace(/\.html$/, "");
  return path === "index" ? "/" : `/${path}`;
}
