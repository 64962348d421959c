import { dataAt } from "../../../../lib/data-resources.ts";
import { report } from "../../../../lib/report.ts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return report.entities.map((e) => ({ file: `${e.id}.json` }));
}

// Prerendered for the static export; the server answers from the proxy (unknown ids included: a JSON 404).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return dataAt(`/api/entities/${(await params).file}`);
}
