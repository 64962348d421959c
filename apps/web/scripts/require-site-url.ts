#!/usr/bin/env node
// Runs before a production build: without SITE_URL the build stops here, in one line, rather than shipping
// absolute URLs with a placeholder host.
import { parseSiteUrl } from "../lib/site-url.ts";

const site = parseSiteUrl(process.env.SITE_URL);
if (!site.ok) {
  console.error(`@report/web: ${site.problem}`);
  process.exit(1);
}
