import type { Metadata } from "next";
import Link from "next/link";
import { DocumentFrame } from "../components/Site.tsx";
import { DEFAULT_DOCUMENT } from "../lib/documents.ts";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Any unknown address, in the default document's frame (this page sits above the documents' own layouts). */
export default function NotFound() {
  return (
    <DocumentFrame d={DEFAULT_DOCUMENT}>
      <h1>Page not found</h1>
      <p>There is no page, entity or passage at this address.</p>
      <p>
        <Link href="/">Go to the home page</Link>, <Link href="/entities">browse the entities</Link> or{" "}
        <Link href="/search">search the report</Link>.
      </p>
    </DocumentFrame>
  );
}
