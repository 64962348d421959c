import { documentWords, passage } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";
import { hitHref, normalizeQuery, runSearch, snippetPieces } from "../lib/search.ts";
import { STATIC_EXPORT } from "../lib/site.ts";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query the page answers (the static export has no server to search with, so none). */
export const searchQuery = async (searchParams: SearchParams) =>
  STATIC_EXPORT ? "" : normalizeQuery((await searchParams).q);

/** Words to try, where the document has them; else its country's name. */
const EXAMPLES = ["trafficking", "Belneftekhim"];
function examples(d: SiteDocument): string[] {
  const found = EXAMPLES.filter((q) => runSearch(d, q, 1).length > 0);
  return found.length > 0 ? found : [documentWords(d.doc).country];
}

export async function searchMetadata(d: SiteDocument, searchParams: SearchParams): Promise<Metadata> {
  const q = await searchQuery(searchParams);
  // A shared link previews as "Search", never as words the link's author chose (the query).
  const shared = withOpenGraph(d, {
    title: "Search",
    description: "Search the paragraphs and records of the report.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  });
  // The query is text in <title>; React escapes it like any other text.
  return { ...shared, title: q ? `“${q}”: search` : "Search" };
}

/** Results for the query `q` (normalized), rendered per request. */
export function SearchPage({ d, q }: { d: SiteDocument; q: string }) {
  const hits = runSearch(d, q);
  const at = (path: string) => pathIn(d, path);
  return (
    <div className="search-page">
      <h1>Search the report</h1>
      <search>
        <form action={at("/search")} method="get" className="search-form">
          <label htmlFor="q">Words or a name</label>
          <div className="search-row">
            <input id="q" name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      {STATIC_EXPORT ? (
        <p className="notice">
          This is the static copy of the site: search results need the server. Browse{" "}
          <Link href={at("/entities")}>who’s who</Link> or <Link href={at("/read")}>read the report</Link> instead.
        </p>
      ) : null}
      {/* Results are plain links: a full page load makes the sentence the document's :target. */}
      {q ? (
        <section aria-labelledby="results">
          <h2 id="results" aria-live="polite">
            {hits.length === 0 ? "No results" : `${hits.length} result${hits.length === 1 ? "" : "s"}`} for “{q}”
          </h2>
          <ol className="results">
            {hits.map((h) => (
              <li key={h.key} className={`hit hit-${h.kind}`}>
                <p className="hit-context">{h.context}</p>
                <p className="hit-title">
                  <a href={hitHref(d, h)}>{h.sentenceId ? passage(d.doc, h.sentenceId)?.label : h.title}</a>
                </p>
                {h.snippet.text ? (
                  <p className="snippet">
                    {snippetPieces(h.snippet).map((p, i) =>
                      p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                    )}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p>
          Type a word or a name, for example{" "}
          {examples(d).map((q, i) => (
            <Fragment key={q}>
              {i > 0 ? " or " : null}
              <Link href={at(`/search?q=${encodeURIComponent(q)}`)}>{q}</Link>
            </Fragment>
          ))}
          .
        </p>
      )}
    </div>
  );
}
