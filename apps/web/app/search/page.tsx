import { passage } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { withOpenGraph } from "../../lib/meta.ts";
import { report } from "../../lib/report.ts";
import { hitHref, normalizeQuery, runSearch, snippetPieces } from "../../lib/search.ts";
import { STATIC_EXPORT } from "../../lib/site.ts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query the page answers (the static export has no server to search with, so none). */
const queryOf = async (searchParams: Props["searchParams"]) =>
  STATIC_EXPORT ? "" : normalizeQuery((await searchParams).q);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await queryOf(searchParams);
  return withOpenGraph({
    // The query is text in <title>; React escapes it like any other text.
    title: q ? `“${q}”: search` : "Search",
    description: "Search the paragraphs and records of the report.",
    alternates: { canonical: "/search" },
    robots: { index: false, follow: true },
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const q = await queryOf(searchParams);
  const hits = runSearch(q);
  return (
    <div className="search-page">
      <h1>Search the report</h1>
      <search>
        <form action="/search" method="get" className="search-form">
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
          <Link href="/entities">who’s who</Link> or <Link href="/read">read the report</Link> instead.
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
                  <a href={hitHref(h)}>{h.sentenceId ? passage(report, h.sentenceId)?.label : h.title}</a>
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
          Type a word or a name, for example <Link href="/search?q=trafficking">trafficking</Link> or{" "}
          <Link href="/search?q=Belneftekhim">Belneftekhim</Link>.
        </p>
      )}
    </div>
  );
}
