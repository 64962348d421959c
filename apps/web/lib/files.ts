import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sourcePath } from "@report/view";
import type { SiteDocument } from "./documents.ts";

/** A published file of @report/data, with what a downloader needs to check it. */
export interface DataFile {
  /** Path inside the package's data/ folder, e.g. `csv/relations.csv`. */
  path: string;
  label: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

/** By file name first, then by extension: the FollowTheMoney export is one JSON object a line, as datapackage.json says. */
const MEDIA: Record<string, string> = {
  "entities.ftm.json": "application/x-ndjson; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=us-ascii",
};

/** The package's data/ folder. Found from the app's node_modules (the app runs from apps/web). */
export function dataDir(): string {
  const candidates = [
    join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@report", "data", "data"),
    join(/*turbopackIgnore: true*/ process.cwd(), "apps", "web", "node_modules", "@report", "data", "data"),
  ];
  const found = candidates.find((c) => existsSync(join(/*turbopackIgnore: true*/ c, "report.json")));
  if (!found) throw new Error(`@report/data files not found (looked in ${candidates.join(", ")})`);
  return found;
}

const LABELS: Record<string, string> = {
  "report.json": "The whole report (JSON)",
  "schema.json": "JSON Schema of the report",
  "datapackage.json": "Frictionless Data Package descriptor",
  "source.txt": "The source text, byte for byte",
  "entities.ftm.json": "FollowTheMoney entities, one JSON object per line",
};

function listPaths(dir: string): string[] {
  const top = ["report.json", "schema.json", "datapackage.json", "source.txt", "entities.ftm.json"].filter((f) =>
    existsSync(join(/*turbopackIgnore: true*/ dir, f)),
  );
  const csvDir = join(/*turbopackIgnore: true*/ dir, "csv");
  const csv = existsSync(csvDir)
    ? readdirSync(csvDir)
        .filter((f) => f.endsWith(".csv"))
        .sort()
        .map((f) => `csv/${f}`)
    : [];
  return [...top, ...csv];
}

/** A file and its bytes: the package's are read from disk when served, a document's own are made once. */
interface Served {
  file: DataFile;
  body: () => Buffer;
}

const describe = (path: string, buf: Buffer, mediaType?: string, label?: string): DataFile => ({
  path,
  label: label ?? LABELS[path] ?? `CSV table: ${path.slice(4, -4).replace(/-/g, " ")}`,
  mediaType: mediaType ?? MEDIA[path] ?? MEDIA[path.split(".").pop() ?? ""] ?? "application/octet-stream",
  bytes: buf.byteLength,
  sha256: createHash("sha256").update(buf).digest("hex"),
});

/** The published package's files, byte for byte. */
function packageFiles(): Served[] {
  const dir = dataDir();
  return listPaths(dir).map((path) => {
    const at = join(/*turbopackIgnore: true*/ dir, path);
    return { file: describe(path, readFileSync(at)), body: () => readFileSync(at) };
  });
}

/**
 * A document of REPORT_DATA: the document as JSON (as `pnpm build:data` writes it), the schema it is valid
 * against, and its source text under the name its Web Annotation selectors point at.
 */
function documentFiles(d: SiteDocument): Served[] {
  const made = (path: string, buf: Buffer, mediaType?: string, label?: string): Served => ({
    file: describe(path, buf, mediaType, label),
    body: () => buf,
  });
  const source = d.doc.source;
  const sourceName = sourcePath(d.doc).slice("/downloads/".length);
  return [
    made("report.json", Buffer.from(`${JSON.stringify(d.doc)}\n`)),
    made("schema.json", readFileSync(join(/*turbopackIgnore: true*/ dataDir(), "schema.json"))),
    made(
      sourceName,
      Buffer.from(source.text, "utf8"),
      `text/plain; charset=${source.encoding === "ascii" ? "us-ascii" : "utf-8"}`,
      LABELS["source.txt"],
    ),
  ];
}

const cache = new Map<SiteDocument, Served[]>();
function served(d: SiteDocument): Served[] {
  let files = cache.get(d);
  if (!files) {
    files = d.packaged ? packageFiles() : documentFiles(d);
    cache.set(d, files);
  }
  return files;
}

/** Every downloadable file of a document with its size and sha256, computed from the bytes that will be served. */
export const dataFiles = (d: SiteDocument): DataFile[] => served(d).map((s) => s.file);

/** The bytes of one listed file, or undefined for anything not in the list (no path tricks). */
export function readDataFile(d: SiteDocument, path: string): { file: DataFile; body: Buffer } | undefined {
  const found = served(d).find((s) => s.file.path === path);
  return found ? { file: found.file, body: found.body() } : undefined;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return `${(n / 1024).toFixed(1)} KB (${n.toLocaleString("en-US")} bytes)`;
}

/** Each download of a document as the segments of `/downloads/[...path]` (prerendered for the static export). */
export const downloadParams = (d: SiteDocument) => dataFiles(d).map((f) => ({ path: f.path.split("/") }));
