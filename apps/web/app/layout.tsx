import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "../components/Site.tsx";
import { SITE_NAME, SITE_URL } from "../lib/site.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";
import "./styles/reader.css";
import "./styles/charts.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "The U.S. State Department's 2010 “Advancing Freedom and Democracy” report on Belarus, published as data: what the U.S. did, the full text, events, sanctions, a timeline and citations.",
  applicationName: SITE_NAME,
  openGraph: { type: "website", siteName: SITE_NAME, locale: "en_US" },
  robots: { index: true, follow: true },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Pages are prerendered (the proxy sends each one's CSP with the hashes of its inline scripts and styles);
  // search renders per request, and Next puts the proxy's nonce on its scripts.
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
