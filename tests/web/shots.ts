// Saves screenshots of every page (phone 390, tablet 768 and desktop 1280 wide, light and dark) to
// /tmp/web-shots/. Run after a build: node tests/web/shots.ts (not part of the test suite; the pictures are
// for looking at). FULL=1 takes whole pages, SLICES=n the first n screens of each; ROUTES=/a,/b limits the pages; WIDTHS=390,1280 the widths.
import { mkdirSync } from "node:fs";
import { launchChromium, MAIN_ROUTES, WebServer } from "./server.ts";

const OUT = process.env.SHOTS_DIR ?? "/tmp/web-shots";
const ROUTES = process.env.ROUTES ? process.env.ROUTES.split(",") : MAIN_ROUTES;
const WIDTHS = (process.env.WIDTHS ?? "390,768,1280").split(",").map(Number);
const SCHEMES = (process.env.SCHEMES ?? "light,dark").split(",") as ("light" | "dark")[];
mkdirSync(OUT, { recursive: true });
const server = new WebServer();
const base = await server.start();
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const route of ROUTES) {
        await page.goto(base + route, { waitUntil: "load" });
        const name = route.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
        const file = `${OUT}/${width}-${colorScheme}-${name}`;
        if (process.env.SLICES) {
          // The page in screen-high slices, each readable at full size.
          const height = await page.evaluate<number>("document.documentElement.scrollHeight");
          for (let i = 0; i < Math.min(Number(process.env.SLICES), Math.ceil(height / 900)); i++)
            await page.screenshot({
              path: `${file}-${i + 1}.png`,
              fullPage: true,
              clip: { x: 0, y: i * 900, width, height: Math.min(900, height - i * 900) },
            });
        } else await page.screenshot({ path: `${file}.png`, fullPage: process.env.FULL === "1" });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
