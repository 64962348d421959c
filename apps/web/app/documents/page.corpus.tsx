import { documentsWords } from "@report/view";
import type { Metadata } from "next";
import { DocumentList, DocumentsFrame } from "../../components/Documents.tsx";
import { DOCUMENTS } from "../../lib/documents.ts";

// A corpus's list of documents (this page exists only in a build of a corpus: *.corpus.tsx).
export const metadata: Metadata = {
  title: "Documents",
  description: `${documentsWords(DOCUMENTS.map((d) => d.doc))}, each with its text, events, sanctions, timeline and data.`,
  alternates: { canonical: "/documents" },
};

export default function DocumentsPage() {
  return (
    <DocumentsFrame>
      <DocumentList />
    </DocumentsFrame>
  );
}
