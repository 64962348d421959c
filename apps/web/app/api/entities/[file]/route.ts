import { entityJson } from "../../../../lib/api.ts";
import { report } from "../../../../lib/report.ts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return report.entities.map((e) => ({ file: `${e.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = entityJson((await params).file);
  if (!body) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(body);
}
