import { LOAD_ROUTES, loadRoute } from "@report/bench/load";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextServer } from "./web/server.ts";

// The CI-sized load test: every main route under `next start`, at 64 and at 256 connections, on
// loopback, bounded by a request count. Only error counts are asserted; `pnpm --filter @report/bench
// load` is the full, timed variant that prints throughput and memory.
const server = new NextServer();
let base = "";

beforeAll(async () => {
  base = await server.start();
}, 90_000);
afterAll(() => server.stop());

describe("next start under load", () => {
  for (const connections of [64, 256]) {
    it(`answers every main route at ${connections} connections with 0 errors and 0 non-2xx`, async () => {
      const failures = [];
      for (const route of LOAD_ROUTES) {
        const r = await loadRoute(base, route, connections, { amount: connections * 2 });
        expect(r.requests, route).toBe(connections * 2);
        if (r.errors > 0 || r.non2xx > 0) failures.push(r);
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
