import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DocumentFrame } from "../../../components/Site.tsx";
import { type DocumentParams, documentOf } from "../../../lib/document-route.ts";
import { otherDocumentParams } from "../../../lib/documents.ts";
import { siteMetadata } from "../../../lib/meta.ts";

// Every other document of a corpus: the whole site again under /d/<id>/, prerendered for each.
export const dynamicParams = false;
export const generateStaticParams = otherDocumentParams;

export const generateMetadata = async ({ params }: { params: DocumentParams }): Promise<Metadata> =>
  siteMetadata(await documentOf(params));

export default async function DocumentLayout({ children, params }: { children: ReactNode; params: DocumentParams }) {
  return <DocumentFrame d={await documentOf(params)}>{children}</DocumentFrame>;
}
