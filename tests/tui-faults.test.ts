import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTmux, Tmux } from "./tui/tmux.ts";

// SIGINT and SIGTERM on every screen must give the shell its terminal back: canonical mode, echo, cursor.
const CLI = fileURLToPath(new URL("../apps/tui/dist/cli.js", import.meta.url));
// Each screen, by the number that goes to it (a number, then Tab) and what its status line says.
const SCREENS = [
  ["1", "Overview", /^Overview {2}/m],
  ["2", "Reader", /^Issuing bureau, sentence 1 · 1\/28/m],
  ["3", "Entities", /^Entities · 1\/56/m],
  ["4", "Events", /^Events · 1\/25/m],
  ["5", "Sanctions", /^Sanctions · 1\/10/m],
  ["6", "Timeline", /^Timeline · 1\/10/m],
  ["7", "Search", /^Type to search/m],
] as const;
const tmux = new Tmux();

beforeAll(() => {
  requireTmux();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @report/tui build first`);
  tmux.start(100, 30);
});
afterAll(() => tmux.kill());

async function terminalIsRestored(): Promise<void> {
  await tmux.waitFor((s) => /e2e\$ *$/.test(s.trimEnd()) && !s.includes("? help"));
  tmux.type("clear; stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon | tr '\\n' ,; echo");
  tmux.keys("Enter");
  await tmux.waitFor(/^(icanon,echo,|echo,icanon,)$/m);
  expect(tmux.run("display-message", "-p", "-t", tmux.session, "#{cursor_flag}").trim()).toBe("1");
  expect(tmux.run("display-message", "-p", "-t", tmux.session, "#{alternate_on}").trim()).toBe("0");
}

describe("the terminal after a signal, on every screen", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const [key, name, marker] of SCREENS) {
      it(`${signal} on ${name}`, async () => {
        tmux.type(`"${process.execPath}" "${CLI}"`);
        tmux.keys("Enter");
        await tmux.waitFor("1 Overview");
        tmux.type(key);
        tmux.keys("Tab");
        await tmux.waitFor(marker);
        tmux.signalChild(signal);
        await terminalIsRestored();
      }, 30_000);
    }
  }
});
