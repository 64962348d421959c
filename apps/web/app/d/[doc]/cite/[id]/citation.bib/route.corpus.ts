import { notFound } from "next/navigation";
import { citeFile } from "../../../../../../lib/cite-files.ts";
import { documentOf, paramsInEach } from "../../../../../../lib/document-route.ts";
import { citeParams } from "../../../../../../views/cite.tsx";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsInEach(citeParams);

/** The passage's citation as a .bib file, prerendered. */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; id: string }> }) {
  return citeFile(await documentOf(params), (await params).id, "citation.bib") ?? notFound();
}
