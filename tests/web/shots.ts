// Saves screenshots of the main pages (desktop 1280 and mobile 390 wide, light and dark) to /tmp/web-shots/.
// Run after a build: node tests/web/shots.ts (not part of the test suite; the pictures are for looking at).
import { mkdirSync } from "node:fs";
import { launchChromium, MAIN_ROUTES, WebServer } from "./server.ts";

const OUT = process.env.SHOTS_DIR ?? "/tmp/web-shots";
mkdirSync(OUT, { recursive: true });
const server = new WebServer();
const base = await server.start();
const browser = await launchChromium();
try {
  for (const [name, width] of [
    ["desktop", 1280],
    ["mobile", 390],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const route of MAIN_ROUTES) {
        await page.goto(base + route, { waitUntil: "load" });
        const file = `${OUT}/${name}-${colorScheme}-${route.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
