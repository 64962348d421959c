import { dataAt } from "../../../../../lib/data-resources.ts";
import { documentOf, paramsInEach } from "../../../../../lib/document-route.ts";
import { pathIn } from "../../../../../lib/paths.ts";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsInEach(() => [{}]);

// Prerendered for the static export; the server answers from the proxy, with the same bytes and headers.
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string }> }) {
  return dataAt(pathIn(await documentOf(params), "/api/report.json"));
}
