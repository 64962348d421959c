import Link from "next/link";
import { dataVersion } from "../lib/report.ts";
import { NAV, SITE_NAME } from "../lib/site.ts";

export function SiteHeader() {
  return (
    <header className="site-header">
      <p className="site-name">
        <Link href="/">{SITE_NAME}</Link>
      </p>
      <search className="header-search">
        <form action="/search" method="get">
          <label htmlFor="header-q">Search the report</label>
          <input id="header-q" name="q" type="search" maxLength={200} autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </search>
      <nav aria-label="Main" className="site-nav">
        <ul>
          {NAV.map((n) => (
            <li key={n.href}>
              <Link href={n.href} prefetch={false}>
                {n.label}
              </Link>
            </li>
          ))}
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
        version {dataVersion}. <Link href="/about">About this data and how to cite it</Link>.
      </p>
    </footer>
  );
}
