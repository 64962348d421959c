// The site's routes, read from a build's own manifests (.next/app-path-routes-manifest.json and
// prerender-manifest.json): the one list every test suite and benchmark uses, so a new page is covered
// everywhere without being typed out again. Import it as "@report/web/routes".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export type RouteKind = "page" | "api" | "download" | "file";

export interface SiteRoute {
  /** The route as the app declares it, e.g. `/entities/[id]`. */
  pattern: string;
  /** One address of it: the route itself, or its first prerendered address when it has parameters. */
  path: string;
  kind: RouteKind;
  /** Prerendered at build time (served from Next's cache), or rendered per request. */
  prerendered: boolean;
}

export const WEB_DIR = fileURLToPath(new URL("..", import.meta.url));

// Pages that read the request need a query to do their work; a new one without an example fails loudly.
const QUERY_EXAMPLES: Record<string, string> = { "/search": "?q=sanctions" };
// Next's own pages (the 404 and error shells), which no visitor asks for by name.
const INTERNAL = /^\/_/;

/** The routes of every document other than the default one (a corpus) are the same routes under this. */
const DOCUMENT = "/d/[doc]";
/** A pattern as the default document has it: `/d/[doc]/read` → `/read`. */
const inDocument = (pattern: string) =>
  pattern === DOCUMENT || pattern.startsWith(`${DOCUMENT}/`) ? pattern.slice(DOCUMENT.length) || "/" : pattern;

function kindOf(pattern: string, isPage: boolean): RouteKind {
  if (isPage) return "page";
  if (inDocument(pattern).startsWith("/api/")) return "api";
  if (inDocument(pattern).startsWith("/downloads/")) return "download";
  return "file";
}

/** A pattern's addresses as a regular expression: `[id]` is one segment, `[...path]` one or more. */
const matcher = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split("/")
      .map((s) =>
        s.startsWith("[...") ? ".+" : s.startsWith("[") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
      )
      .join("/")}$`,
  );

/** Every route of the build in `distDir`, pages first, each with one address to request. */
export function siteRoutes(distDir = join(WEB_DIR, ".next")): SiteRoute[] {
  const read = (file: string) => JSON.parse(readFileSync(join(distDir, file), "utf8"));
  const entries = Object.entries(read("app-path-routes-manifest.json") as Record<string, string>);
  const prerendered = Object.keys((read("prerender-manifest.json") as { routes: Record<string, unknown> }).routes);
  const routes = entries.flatMap(([entry, pattern]): SiteRoute[] => {
    if (INTERNAL.test(pattern)) return [];
    const isPage = entry.endsWith("/page");
    if (!pattern.includes("[")) {
      const isStatic = prerendered.includes(pattern);
      const query = QUERY_EXAMPLES[pattern] ?? "";
      if (isPage && !isStatic && !query) throw new Error(`${pattern} renders per request: add a query example`);
      return [{ pattern, path: pattern + query, kind: kindOf(pattern, isPage), prerendered: isStatic }];
    }
    const first = prerendered.find((p) => matcher(pattern).test(p));
    if (first) return [{ pattern, path: first, kind: kindOf(pattern, isPage), prerendered: true }];
    // Another document's page that reads the request (its search): the first such document, with the example query.
    const query = QUERY_EXAMPLES[inDocument(pattern)];
    const doc = prerendered.map((p) => /^\/d\/([^/]+)\//.exec(p)?.[1]).find(Boolean);
    if (isPage && query && doc && !inDocument(pattern).includes("["))
      return [{ pattern, path: pattern.replace("[doc]", doc) + query, kind: "page", prerendered: false }];
    throw new Error(`${pattern} has no prerendered address in ${distDir}`);
  });
  const order: RouteKind[] = ["page", "api", "download", "file"];
  return routes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.pattern.localeCompare(b.pattern));
}

/** The addresses of the routes of these kinds. */
export const routePaths = (kinds: RouteKind[], distDir?: string) =>
  siteRoutes(distDir)
    .filter((r) => kinds.includes(r.kind))
    .map((r) => r.path);
