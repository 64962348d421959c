#!/usr/bin/env node
// Builds the static export into out/ (WEB_EXPORT=1 next build) without touching the server build:
// Next always builds through .next, so the server build is moved aside and put back afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSiteUrl } from "../lib/site-url.ts";
import { writeExportHeaders } from "./export-headers.ts";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const serverBuild = join(app, ".next");
const kept = join(app, ".next-server-kept");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const site = parseSiteUrl(process.env.SITE_URL);
if (!site.ok) {
  console.error(`@report/web: ${site.problem}`);
  process.exit(1);
}
if (existsSync(kept)) throw new Error(`${kept} exists: a previous export was interrupted; move it back to .next`);
const hadServerBuild = existsSync(serverBuild);
if (hadServerBuild) renameSync(serverBuild, kept);
let status = 1;
try {
  const run = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: app,
    stdio: "inherit",
    env: { ...process.env, WEB_EXPORT: "1" },
  });
  status = run.status ?? 1;
} finally {
  rmSync(serverBuild, { recursive: true, force: true });
  if (hadServerBuild) renameSync(kept, serverBuild);
}
if (status === 0) {
  const rules = writeExportHeaders(join(app, "out"));
  console.log(`out/_headers: ${rules} rules (the headers next start sends, for ${site.url})`);
}
process.exit(status);
