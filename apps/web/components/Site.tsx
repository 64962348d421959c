import { documentWords, draftBanner } from "@report/view";
import Link from "next/link";
import type { ReactNode } from "react";
import { IS_CORPUS, type SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { DOCUMENTS_PATH, NAV } from "../lib/site.ts";

/**
 * A document's name, its sections and (on wider screens) a search box; one line of links on a phone. In a
 * corpus the name follows a link to the list of documents.
 */
export function SiteHeader({ d }: { d: SiteDocument }) {
  const words = documentWords(d.doc);
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <p className="site-name">
          {IS_CORPUS ? (
            <>
              <Link href={DOCUMENTS_PATH} prefetch={false} className="site-documents">
                Documents
              </Link>
              <span aria-hidden="true"> › </span>
            </>
          ) : null}
          <Link href={pathIn(d, "/")} prefetch={false}>
            <span className="site-name-main">{words.name}</span> <span className="site-name-sub">{words.tagline}</span>
          </Link>
        </p>
        <search className="header-search">
          <form action={pathIn(d, "/search")} method="get">
            <label htmlFor="header-q" className="visually-hidden">
              Search the report
            </label>
            <input id="header-q" name="q" type="search" maxLength={200} autoComplete="off" placeholder="Search" />
            <button type="submit">Search</button>
          </form>
        </search>
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul>
          {NAV.map((n) => (
            <li key={n.href}>
              <Link href={pathIn(d, n.href)} prefetch={false}>
                {n.label}
              </Link>
            </li>
          ))}
          <li className="nav-search">
            <Link href={pathIn(d, "/search")} prefetch={false}>
              Search
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

/** On every page of a draft: that it is one, how much of its text records quote, and what is left to confirm. */
export function DraftBanner({ d }: { d: SiteDocument }) {
  const banner = draftBanner(d.doc);
  if (!banner) return null;
  return (
    <aside className="draft-banner" aria-label="Draft">
      <p>
        <strong className="draft-label">{banner.label}</strong> {banner.parts.join(" · ")}
      </p>
    </aside>
  );
}

export function SiteFooter({ d }: { d: SiteDocument }) {
  return (
    <footer className="site-footer">
      <p>
        Source: U.S. Department of State, a work of the U.S. Government in the public domain in the United States. Data
        version {d.doc.dataVersion}. <Link href={pathIn(d, "/about")}>About this data</Link> ·{" "}
        <Link href={pathIn(d, "/data")}>Download it</Link> · <Link href={pathIn(d, "/about#cite")}>How to cite</Link>
      </p>
    </footer>
  );
}

/** Every page of a document: its header, the draft banner if it is one, the page, its footer. */
export function DocumentFrame({ d, children }: { d: SiteDocument; children: ReactNode }) {
  return (
    <>
      <SiteHeader d={d} />
      <DraftBanner d={d} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter d={d} />
    </>
  );
}
