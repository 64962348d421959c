import { createHash } from "node:crypto";
import parseRange from "range-parser";
import { entityJson } from "./api.ts";
import { DOCUMENTS, type SiteDocument } from "./documents.ts";
import { dataFiles, readDataFile } from "./files.ts";
import { CORS_HEADERS } from "./http-guard.ts";
import { pathIn } from "./paths.ts";

/** One file of the public data (`/api/…`, `/downloads/…`): fixed bytes, served the same way everywhere. */
export interface DataResource {
  path: string;
  body: Uint8Array;
  contentType: string;
  /** Strong: the sha256 of the bytes. */
  etag: string;
  /** For downloads: the file name a browser saves it under. */
  filename?: string;
}

/** Browsers keep the data five minutes, then revalidate it (a 304) while serving their copy for up to a day. */
export const DATA_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";
export const DATA_VARY = "Accept-Encoding";

const JSON_TYPE = "application/json";

function resource(path: string, body: Uint8Array, contentType: string, filename?: string): DataResource {
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  return { path, body, contentType, etag, ...(filename ? { filename } : {}) };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/**
 * A document's public data: its JSON, each entity's JSON, its downloads, under its own addresses. The API's
 * report.json is the download's bytes where there is one, so the sha256 the data page lists holds for both.
 */
const resourcesOf = (d: SiteDocument): DataResource[] => [
  resource(pathIn(d, "/api/report.json"), readDataFile(d, "report.json")?.body ?? json(d.doc), JSON_TYPE),
  ...d.doc.entities.map((e) =>
    resource(pathIn(d, `/api/entities/${e.id}.json`), json(entityJson(d, `${e.id}.json`)), JSON_TYPE),
  ),
  ...dataFiles(d).flatMap((f) => {
    const found = readDataFile(d, f.path);
    return found ? [resource(pathIn(d, `/downloads/${f.path}`), found.body, f.mediaType, f.path.split("/").pop())] : [];
  }),
];

let table: Map<string, DataResource> | undefined;
/** Every public data file of every document by its URL path, built once. */
export function dataResources(): Map<string, DataResource> {
  table ??= new Map(DOCUMENTS.flatMap(resourcesOf).map((r) => [r.path, r]));
  return table;
}

/** If-None-Match matches (the weak comparison of RFC 9110 §13.1.2, and `*`): the client's copy is current. */
export function noneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** The headers every answer about a resource carries, a 304 included. */
function commonHeaders(r: DataResource): Record<string, string> {
  return {
    ...CORS_HEADERS,
    ETag: r.etag,
    "Cache-Control": DATA_CACHE_CONTROL,
    Vary: DATA_VARY,
    "Accept-Ranges": "bytes",
  };
}

/** The full file: what the routes prerender and what a plain GET gets. */
export function fullResponse(r: DataResource, head = false): Response {
  const headers = {
    ...commonHeaders(r),
    "Content-Type": r.contentType,
    "Content-Length": String(r.body.byteLength),
    ...(r.filename ? { "Content-Disposition": `inline; filename="${r.filename}"` } : {}),
  };
  return new Response(head ? null : new Uint8Array(r.body), { headers });
}

/**
 * A GET or HEAD of a resource with its conditional and range headers honoured: 304 when If-None-Match
 * matches, 206 for one satisfiable byte range (If-Range must name the current ETag), 416 when no range can
 * be satisfied, otherwise the whole file. Several ranges get the whole file, which RFC 9110 allows.
 */
export function answerData(r: DataResource, request: { method: string; headers: Headers }): Response {
  const head = request.method === "HEAD";
  if (noneMatch(request.headers.get("if-none-match"), r.etag))
    return new Response(null, { status: 304, headers: commonHeaders(r) });
  const range = request.headers.get("range");
  const ifRange = request.headers.get("if-range");
  if (!range || (ifRange !== null && ifRange.trim() !== r.etag)) return fullResponse(r, head);
  const size = r.body.byteLength;
  const ranges = parseRange(size, range, { combine: true });
  if (ranges === -1)
    return new Response(null, {
      status: 416,
      headers: { ...commonHeaders(r), "Content-Range": `bytes */${size}` },
    });
  if (ranges === -2 || ranges.type !== "bytes" || ranges.length !== 1 || !ranges[0]) return fullResponse(r, head);
  const { start, end } = ranges[0];
  const part = r.body.subarray(start, end + 1);
  return new Response(head ? null : new Uint8Array(part), {
    status: 206,
    headers: {
      ...commonHeaders(r),
      "Content-Type": r.contentType,
      "Content-Length": String(part.byteLength),
      "Content-Range": `bytes ${start}-${end}/${size}`,
    },
  });
}

/** The answer for a path under the public data that names no resource: JSON for the API, text for files. */
export function dataNotFound(path: string): Response {
  // The document the address is under (/d/<id>/api/…), or the default one.
  const base = DOCUMENTS.find((d) => d.base && path.startsWith(`${d.base}/`))?.base ?? "";
  const api = path.startsWith(`${base}/api/`);
  const body = api
    ? JSON.stringify({
        error: "not_found",
        message: `No such entity or file. Every entity id is listed in ${base}/api/report.json.`,
      })
    : `Not found: see ${base}/data for the files you can download.\n`;
  return new Response(body, {
    status: 404,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": api ? JSON_TYPE : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

/** What a data route prerenders: the whole file, or the 404 for a path that names none. */
export function dataAt(path: string): Response {
  const r = dataResources().get(path);
  return r ? fullResponse(r) : dataNotFound(path);
}
