import Link from "next/link";
import { dataVersion } from "../lib/report.ts";
import { NAV } from "../lib/site.ts";

/** The site's name, its sections and (on wider screens) a search box; one line of links on a phone. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <p className="site-name">
          <Link href="/" prefetch={false}>
            <span className="site-name-main">Belarus 2010</span>{" "}
            <span className="site-name-sub">Advancing Freedom and Democracy, as data</span>
          </Link>
        </p>
        <search className="header-search">
          <form action="/search" method="get">
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
              <Link href={n.href} prefetch={false}>
                {n.label}
              </Link>
            </li>
          ))}
          <li className="nav-search">
            <Link href="/search" prefetch={false}>
              Search
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Source: U.S. Department of State, a work of the U.S. Government in the public domain in the United States. Data
        version {dataVersion}. <Link href="/about">About this data</Link> · <Link href="/data">Download it</Link> ·{" "}
        <Link href="/about#cite">How to cite</Link>
      </p>
    </footer>
  );
}
