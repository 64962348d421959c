import { report } from "../../../lib/report.ts";

export const dynamic = "force-static";

export function GET() {
  return Response.json(report);
}
