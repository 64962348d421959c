import { dataAt } from "../../../../../lib/data-resources.ts";
import { documentOf, paramsInEach } from "../../../../../lib/document-route.ts";
import { downloadParams } from "../../../../../lib/files.ts";
import { pathIn } from "../../../../../lib/paths.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsInEach(downloadParams);

/** The document's files byte for byte; the server answers from the proxy, with ranges and 304s. */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; path: string[] }> }) {
  return dataAt(pathIn(await documentOf(params), `/downloads/${(await params).path.join("/")}`));
}
