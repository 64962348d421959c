import { dataAt } from "../../../../lib/data-resources.ts";

export const dynamic = "force-static";

// Prerendered for the static export; the server answers from the proxy, with the same bytes and headers.
export const GET = () => dataAt("/api/report.json");
