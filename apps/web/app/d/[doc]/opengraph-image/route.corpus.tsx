import { openGraphImage } from "../../../../components/OpenGraphImage.tsx";
import { documentOf, paramsInEach } from "../../../../lib/document-route.ts";

// A document's own Open Graph image: a route (a metadata image file would be built even for one document).
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsInEach(() => [{}]);

export async function GET(_request: Request, { params }: { params: Promise<{ doc: string }> }) {
  return openGraphImage(await documentOf(params));
}
