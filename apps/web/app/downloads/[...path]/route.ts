import { dataFiles, readDataFile } from "../../../lib/files.ts";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return dataFiles().map((f) => ({ path: f.path.split("/") }));
}

/** Serves the package's published files byte for byte. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const found = readDataFile((await params).path.join("/"));
  if (!found) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(new Uint8Array(found.body), {
    headers: {
      "content-type": found.file.mediaType,
      "content-length": String(found.file.bytes),
      "content-disposition": `inline; filename="${found.file.path.split("/").pop()}"`,
      digest: `sha-256=${Buffer.from(found.file.sha256, "hex").toString("base64")}`,
    },
  });
}
