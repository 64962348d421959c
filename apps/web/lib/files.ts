import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A published file of @report/data, with what a downloader needs to check it. */
export interface DataFile {
  /** Path inside the package's data/ folder, e.g. `csv/relations.csv`. */
  path: string;
  label: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

const MEDIA: Record<string, string> = {
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
};

function listPaths(dir: string): string[] {
  const top = ["report.json", "schema.json", "datapackage.json", "source.txt"].filter((f) =>
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

let cache: DataFile[] | undefined;
/** Every downloadable file with its size and sha256, computed from the bytes that will be served. */
export function dataFiles(): DataFile[] {
  if (cache) return cache;
  const dir = dataDir();
  cache = listPaths(dir).map((path) => {
    const buf = readFileSync(join(/*turbopackIgnore: true*/ dir, path));
    const ext = path.split(".").pop() ?? "";
    return {
      path,
      label: LABELS[path] ?? `CSV table: ${path.slice(4, -4).replace(/-/g, " ")}`,
      mediaType: MEDIA[ext] ?? "application/octet-stream",
      bytes: buf.byteLength,
      sha256: createHash("sha256").update(buf).digest("hex"),
    };
  });
  return cache;
}

/** The bytes of one listed file, or undefined for anything not in the list (no path tricks). */
export function readDataFile(path: string): { file: DataFile; body: Buffer } | undefined {
  const file = dataFiles().find((f) => f.path === path);
  if (!file) return undefined;
  return { file, body: readFileSync(join(/*turbopackIgnore: true*/ dataDir(), file.path)) };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  return `${(n / 1024).toFixed(1)} KB (${n.toLocaleString("en-US")} bytes)`;
}
