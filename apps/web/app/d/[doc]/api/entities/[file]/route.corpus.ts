import { entityFileParams } from "../../../../../../lib/api.ts";
import { dataAt } from "../../../../../../lib/data-resources.ts";
import { documentOf, paramsInEach } from "../../../../../../lib/document-route.ts";
import { pathIn } from "../../../../../../lib/paths.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsInEach(entityFileParams);

// Prerendered for the static export; the server answers from the proxy (unknown ids included: a JSON 404).
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; file: string }> }) {
  return dataAt(pathIn(await documentOf(params), `/api/entities/${(await params).file}`));
}
