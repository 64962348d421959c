import { dataAt } from "../../../lib/data-resources.ts";
import { dataFiles } from "../../../lib/files.ts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles().map((f) => ({ path: f.path.split("/") }));
}

/** The package's published files byte for byte; the server answers from the proxy, with ranges and 304s. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return dataAt(`/downloads/${(await params).path.join("/")}`);
}
