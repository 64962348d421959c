import { passage } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { withOpenGraph } from "../../lib/meta.ts";
import { report } from "../../lib/report.ts";
import { hitHref, normalizeQuery, runSearch, snippetPieces } from "../../lib/search.ts";
import { STATIC_EXPORT } from "../../lib/site.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Search",
    description: "Search the paragraphs and records of the report.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  });

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The static export has no server to search with: it says so instead of reading the query.
  const q = STATIC_EXPORT ? "" : normalizeQuery((await searchParams).q);
  const hits = runSearch(q);
  return (
    <>
      <h1>Search</h1>
      <search>
        <form action="/search" method="get" className="search-form">
          <label htmlFor="q">Words to find</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </search>
      {STATIC_EXPORT ? (
        <p role="status">
          This is the static copy of the site: search results need the server. Browse the{" "}
          <Link href="/entities">entities</Link> or <Link href="/read">read the report</Link> instead.
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
                <p className="hit-title">
                  <a href={hitHref(h)}>{h.title}</a> <span className="hit-context">{h.context}</span>
                </p>
                <p className="snippet">
                  {snippetPieces(h.snippet).map((p, i) =>
                    p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                  )}
                </p>
                {h.sentenceId ? (
                  <p className="hit-anchor">
                    <a href={hitHref(h)}>{passage(report, h.sentenceId)?.label}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p>
          Type a word or a name, for example <Link href="/search?q=Belneftekhim">Belneftekhim</Link>.
        </p>
      )}
    </>
  );
}
