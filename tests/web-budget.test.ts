import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { MAIN_ROUTES } from "./web/server.ts";

// Byte budgets from the server build (the production server): sizes, never times, so the numbers repeat run to run.
const base = inject("webBase");
const KB = 1024;
const gz = (body: Uint8Array | string) => gzipSync(body, { level: 9 }).length;

const html = async (path: string) => (await fetch(base + path)).text();
const scriptSrcs = (page: string) => [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? "");

/** The gzip size of every external script a page loads, each counted once. */
async function scripts(path: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const src of scriptSrcs(await html(path)))
    out.set(src, gz(new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer())));
  return out;
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe("byte budgets (gzip, from the build)", () => {
  it("keeps the reader's HTML within 30 KB, with and without the mentions", async () => {
    for (const path of ["/read", "/read/mentions"]) {
      const size = gz(await html(path));
      console.log(`${path} HTML: ${(size / KB).toFixed(1)} KB gzip (budget 30 KB)`);
      expect(size, path).toBeLessThanOrEqual(30 * KB);
    }
  });

  it("adds at most 10 KB of our JS to Next's own runtime on content pages", async () => {
    // Next's floor: the JS of the 404 page, the barest page of the same build (layout and runtime only).
    const floor = await scripts("/no-such-page");
    expect(floor.size).toBeGreaterThan(0);
    console.log(`Next runtime floor (404 page): ${(total(floor) / KB).toFixed(1)} KB gzip`);
    // Every page, the citation pages with their copy buttons among them.
    expect(MAIN_ROUTES.some((p) => p.startsWith("/cite/"))).toBe(true);
    for (const path of MAIN_ROUTES) {
      const page = await scripts(path);
      const ours = total(page) - total(floor);
      console.log(`${path}: ${(total(page) / KB).toFixed(1)} KB gzip JS, ${(ours / KB).toFixed(1)} KB above the floor`);
      expect(ours, path).toBeLessThanOrEqual(10 * KB);
    }
  });
});
