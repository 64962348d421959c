import { dataAt } from "../../../../lib/data-resources.ts";
import { DEFAULT_DOCUMENT } from "../../../../lib/documents.ts";
import { downloadParams } from "../../../../lib/files.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => downloadParams(DEFAULT_DOCUMENT);

/** The document's files byte for byte; the server answers from the proxy, with ranges and 304s. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return dataAt(`/downloads/${(await params).path.join("/")}`);
}
