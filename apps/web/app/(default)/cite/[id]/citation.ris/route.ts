import { notFound } from "next/navigation";
import { citeFile } from "../../../../../lib/cite-files.ts";
import { DEFAULT_DOCUMENT } from "../../../../../lib/documents.ts";
import { citeParams } from "../../../../../views/cite.tsx";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => citeParams(DEFAULT_DOCUMENT);

/** The passage's citation as a .ris file, prerendered. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return citeFile(DEFAULT_DOCUMENT, (await params).id, "citation.ris") ?? notFound();
}
