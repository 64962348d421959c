import { notFound } from "next/navigation";
import { citablePassages, citeFile } from "../../../../lib/cite-files.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => citablePassages().map((id) => ({ id }));

/** The passage's citation as a .ris file, prerendered. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return citeFile((await params).id, "citation.ris") ?? notFound();
}
