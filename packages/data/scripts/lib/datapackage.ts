import { createHash } from "node:crypto";
import type { ReportDocument } from "../../src/schemas/report.ts";
import { ENTITY_COLUMNS, RELATION_COLUMNS } from "./csv.ts";

const INTEGER_COLUMNS = new Set(["start", "end", "evidence_count"]);

function tableSchema(columns: readonly string[]) {
  return {
    fields: columns.map((name) => ({ name, type: INTEGER_COLUMNS.has(name) ? "integer" : "string" })),
    primaryKey: ["id"],
  };
}

function describe(path: string, content: string) {
  const bytes = Buffer.byteLength(content);
  const hash = `sha256:${createHash("sha256").update(content).digest("hex")}`;
  return { path, bytes, hash };
}

/** A Frictionless Data Package descriptor listing each file with its size and sha256. */
export function dataPackage(doc: ReportDocument, files: Map<string, string>): string {
  const resources = [...files.entries()].map(([path, content]) => {
    const name = path
      .replace(/^csv\//, "")
      .replace(/\.[a-z]+$/, "")
      .replace(/[^a-z0-9-]/g, "-");
    const base = describe(path, content);
    if (path.endsWith(".csv")) {
      const columns = path.endsWith("relations.csv") ? RELATION_COLUMNS : ENTITY_COLUMNS;
      return { name, ...base, format: "csv", mediatype: "text/csv", encoding: "utf-8", schema: tableSchema(columns) };
    }
    if (path.endsWith(".txt")) return { name, ...base, format: "txt", mediatype: "text/plain", encoding: "us-ascii" };
    return { name, ...base, format: "json", mediatype: "application/json", encoding: "utf-8" };
  });
  const descriptor = {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: doc.id,
    title: doc.metadata.title.value,
    version: doc.dataVersion,
    licenses: [{ name: "public-domain", title: doc.metadata.rights.value }],
    sources: [{ title: doc.metadata.originalUrl.value, path: doc.metadata.originalUrl.value }],
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
