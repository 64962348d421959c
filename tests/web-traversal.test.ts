import { describe, expect, inject, it } from "vitest";

// Path traversal against the API and download routes: every attempt is a plain 404, never a file.
const ATTEMPTS = [
  "/api/entities/..%2F..%2F..%2Fpackage.json",
  "/api/entities/%2e%2e%2f%2e%2e%2fpackage.json",
  "/api/entities/..%5C..%5Cpackage.json",
  "/api/entities/embassy-minsk.json%00.txt",
  "/api/entities/%2Fetc%2Fpasswd",
  "/api/entities/....%2F%2Fpackage.json",
  "/downloads/..%2F..%2F..%2Fpackage.json",
  "/downloads/%2e%2e/%2e%2e/package.json",
  "/downloads/csv/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
  "/downloads/%2Fetc%2Fpasswd",
  "/downloads/report.json%00",
  "/api/report.json/..%2F..%2Fpackage.json",
];

const base = inject("webBase");

describe("path traversal on the API and download routes", () => {
  for (const path of ATTEMPTS) {
    it(path, async () => {
      const res = await fetch(base + path, { redirect: "manual" });
      const body = await res.text();
      expect(res.status).toBe(404);
      expect(body).not.toMatch(/"name":\s*"@report|root:x:0:0/);
    });
  }
});
