import { createHash } from "node:crypto";
import type { ReportDocument } from "../../src/schemas/report.ts";
import type { Table } from "./csv.ts";

function describe(path: string, content: string) {
  const bytes = Buffer.byteLength(content);
  const hash = `sha256:${createHash("sha256").update(content).digest("hex")}`;
  return { path, bytes, hash };
}

/** A Frictionless Table Schema with its primary key and the foreign keys to other tables. */
function tableSchema(table: Table) {
  const foreignKeys = table.columns
    .filter((c) => c.references)
    .map((c) => ({
      fields: c.name,
      reference: { resource: c.references === table.name ? "" : c.references, fields: "id" },
    }));
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.enum ? { constraints: { enum: [...c.enum] } } : {}),
    })),
    primaryKey: table.primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/**
 * A Frictionless Data Package descriptor (v1, which the Frictionless libraries validate): each
 * file with its size and sha256, each table with its schema and foreign keys, and the licence as
 * an Open Definition id.
 */
export function dataPackage(doc: ReportDocument, files: Map<string, string>, all: Table[]): string {
  const byName = new Map(all.map((t) => [`csv/${t.name}.csv`, t]));
  const resources = [...files.entries()].map(([path, content]) => {
    const table = byName.get(path);
    const base = describe(path, content);
    if (table)
      return {
        name: table.name,
        title: table.title,
        profile: "tabular-data-resource",
        ...base,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: tableSchema(table),
      };
    const name = path.replace(/\.json$|\.txt$/, "").replace(/[^a-z0-9-]/g, "-");
    if (path.endsWith(".txt"))
      return {
        name,
        ...base,
        format: "txt",
        mediatype: "text/plain",
        encoding: doc.source.encoding === "ascii" ? "us-ascii" : "utf-8",
      };
    if (path.endsWith(".ftm.json"))
      return {
        name,
        title: "FollowTheMoney entities, one JSON object per line",
        ...base,
        format: "jsonl",
        mediatype: "application/x-ndjson",
        encoding: "utf-8",
      };
    return { name, ...base, format: "json", mediatype: "application/json", encoding: "utf-8" };
  });
  const descriptor = {
    profile: "data-package",
    name: doc.id,
    title: doc.metadata.title.value,
    version: doc.dataVersion,
    licenses: [
      { name: "other-pd", path: "https://opendefinition.org/licenses/other-pd/", title: doc.metadata.rights.value },
    ],
    sources: [{ title: doc.metadata.title.value, path: doc.metadata.originalUrl.value }],
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
