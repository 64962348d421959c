import { loadRoute, loadRoutes } from "@report/bench/load";
import { describe, expect, inject, it } from "vitest";

// The CI-sized load test: every route under the production server, at 64 and at 256 connections, on
// loopback, bounded by a request count. Only error counts are asserted; `pnpm --filter @report/bench
// load` is the full, timed variant that prints throughput and memory.
const base = inject("webBase");

describe("the production server under load", () => {
  for (const connections of [64, 256]) {
    it(`answers every route at ${connections} connections with 0 errors and 0 non-2xx`, async () => {
      const failures = [];
      for (const route of loadRoutes()) {
        const r = await loadRoute(base, route, connections, { amount: connections * 2 });
        expect(r.requests, route).toBe(connections * 2);
        if (r.errors > 0 || r.non2xx > 0) failures.push(r);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
