import { entityFileParams } from "../../../../../lib/api.ts";
import { dataAt } from "../../../../../lib/data-resources.ts";
import { DEFAULT_DOCUMENT } from "../../../../../lib/documents.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => entityFileParams(DEFAULT_DOCUMENT);

// Prerendered for the static export; the server answers from the proxy (unknown ids included: a JSON 404).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return dataAt(`/api/entities/${(await params).file}`);
}
