import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { AXE_TAGS } from "./server.ts";

/**
 * No axe violation (WCAG 2.2 AA) on the current page, in the light and the dark scheme. axe runs as a script in
 * the page, so a page seen without JavaScript is checked as the same address in a second tab that runs scripts,
 * opened in `browser` the first time it is needed; `close` closes it.
 */
export function axeChecker(browser: () => Browser | undefined) {
  let second: Page | undefined;
  return {
    async accessible(page: Page, js: boolean): Promise<void> {
      let target = page;
      if (!js) {
        if (!second) {
          const b = browser();
          if (!b) throw new Error("browser did not start");
          second = await (await b.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        }
        await second.goto(page.url(), { waitUntil: "load" });
        target = second;
      }
      for (const colorScheme of ["light", "dark"] as const) {
        await target.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
        const where = `${page.url()} (${colorScheme})`;
        expect(axe.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      }
      await target.emulateMedia({ colorScheme: "light" });
    },
    async close(): Promise<void> {
      await second
        ?.context()
        .close()
        .catch(() => {});
    },
  };
}
