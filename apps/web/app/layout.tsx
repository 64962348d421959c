import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DEFAULT_DOCUMENT } from "../lib/documents.ts";
import { siteMetadata } from "../lib/meta.ts";
import { SITE_URL } from "../lib/site.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";
import "./styles/reader.css";
import "./styles/charts.css";

// The default document's words: each document's own layout (app/(default), app/d/[doc]) sets its own.
export const metadata: Metadata = { metadataBase: new URL(SITE_URL), ...siteMetadata(DEFAULT_DOCUMENT) };

export default function RootLayout({ children }: { children: ReactNode }) {
  // Pages are prerendered (the proxy sends each one's CSP with the hashes of its inline scripts and styles);
  // search renders per request, and Next puts the proxy's nonce on its scripts.
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
