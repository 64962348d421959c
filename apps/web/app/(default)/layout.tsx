import type { ReactNode } from "react";
import { DocumentFrame } from "../../components/Site.tsx";
import { DEFAULT_DOCUMENT } from "../../lib/documents.ts";

/** The default document: its pages at the addresses the site always had. */
export default function DefaultDocumentLayout({ children }: { children: ReactNode }) {
  return <DocumentFrame d={DEFAULT_DOCUMENT}>{children}</DocumentFrame>;
}
