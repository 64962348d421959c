import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { siteRoutes } from "@report/web/routes";
import { describe, expect, inject, it } from "vitest";

// The public data (JSON API and downloads) as another site, a browser cache and a download manager use it.
const base = inject("webBase");
const DATA = siteRoutes()
  .filter((r) => r.kind === "api" || r.kind === "download")
  .map((r) => r.path);
const SOURCE = "/downloads/source.txt";
const CACHE = "public, max-age=300, stale-while-revalidate=86400";
const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("the public data", () => {
  it("may be read by other sites, and is cached briefly with a strong validator", async () => {
    for (const path of DATA) {
      const res = await get(path, { Origin: "https://example.com" });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(res.headers.get("cross-origin-resource-policy"), path).toBe("cross-origin");
      expect(res.headers.get("cache-control"), path).toBe(CACHE);
      expect(res.headers.get("etag"), path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      // No obsolete Digest: it named the uncompressed bytes on gzip responses.
      expect(res.headers.get("digest"), path).toBeNull();
    }
  });

  it("tags each file with the sha256 of its bytes", async () => {
    const res = await get(SOURCE, { "Accept-Encoding": "identity" });
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("etag")).toBe(`"${createHash("sha256").update(body).digest("base64url")}"`);
  });

  it("answers If-None-Match the weak way (W/ and *) with a 304 that keeps Cache-Control, Vary and CORS", async () => {
    for (const path of DATA) {
      const full = await get(path);
      const etag = full.headers.get("etag") ?? "";
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
        const res = await get(path, { "If-None-Match": tag });
        expect(res.status, `${path} ${tag}`).toBe(304);
        for (const h of ["cache-control", "vary", "etag", "access-control-allow-origin"])
          expect(res.headers.get(h), `${path} ${h}`).toBe(full.headers.get(h));
      }
      expect((await get(path, { "If-None-Match": '"other"' })).status).toBe(200);
    }
  });

  it("answers HEAD with the GET's headers and no body", async () => {
    const head = await fetch(base + SOURCE, { method: "HEAD" });
    const full = await get(SOURCE);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    for (const h of ["etag", "content-type", "cache-control", "accept-ranges"])
      expect(head.headers.get(h), h).toBe(full.headers.get(h));
  });

  it("serves one byte range as 206, a range past the end as 416, and the whole file when If-Range is stale", async () => {
    const whole = Buffer.from(await (await get(SOURCE, { "Accept-Encoding": "identity" })).arrayBuffer());
    const part = await get(SOURCE, { Range: "bytes=10-29", "Accept-Encoding": "gzip" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-29/${whole.length}`);
    expect(part.headers.get("content-encoding")).toBeNull();
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(10, 30))).toBe(true);
    const tail = await get(SOURCE, { Range: "bytes=-5" });
    expect(Buffer.from(await tail.arrayBuffer()).toString()).toBe(whole.subarray(-5).toString());
    const past = await get(SOURCE, { Range: `bytes=${whole.length + 10}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${whole.length}`);
    expect((await get(SOURCE, { Range: "bytes=0-9", "If-Range": '"stale"' })).status).toBe(200);
  });

  it("serves the FollowTheMoney export as the package ships it, one JSON entity a line, to any site", async () => {
    const res = await get("/downloads/entities.ftm.json", { Origin: "https://example.com" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const shipped = readFileSync(createRequire(import.meta.url).resolve("@report/data/entities.ftm.json"));
    expect(Buffer.from(await res.arrayBuffer()).equals(shipped)).toBe(true);
  });

  it("serves the API's report.json as the download's very bytes, so the sha256 the data page lists holds for both", async () => {
    const bytes = async (path: string) =>
      Buffer.from(await (await get(path, { "Accept-Encoding": "identity" })).arrayBuffer());
    const api = await bytes("/api/report.json");
    expect(api.equals(await bytes("/downloads/report.json"))).toBe(true);
    const shipped = readFileSync(createRequire(import.meta.url).resolve("@report/data/report.json"));
    expect(createHash("sha256").update(api).digest("hex")).toBe(createHash("sha256").update(shipped).digest("hex"));
  });

  it("answers an unknown API id with a JSON 404, and an unknown file with a plain 404", async () => {
    const res = await get("/api/entities/no-such-entity.json");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await res.json()) as { error: string }).toMatchObject({ error: "not_found" });
    const file = await get("/downloads/no-such-file.csv");
    expect(file.status).toBe(404);
    expect(file.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});

describe("/.well-known/security.txt", () => {
  it("names a contact and an expiry less than a year away (RFC 9116)", async () => {
    const res = await get("/.well-known/security.txt");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? "");
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - Date.now()).toBeLessThan(365 * 86_400_000);
  });
});
