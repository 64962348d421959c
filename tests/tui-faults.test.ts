import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTmux, Tmux } from "./tui/tmux.ts";

// SIGINT and SIGTERM on every screen must give the shell its terminal back: canonical mode, echo, cursor.
const CLI = fileURLToPath(new URL("../apps/tui/dist/cli.js", import.meta.url));
const SCREENS = [
  ["1", "[1 Overview]"],
  ["2", "[2 Reader]"],
  ["3", "[3 Entities]"],
  ["4", "[4 Timeline]"],
  ["5", "[5 Search]"],
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
    for (const [key, marker] of SCREENS) {
      it(`${signal} on ${marker}`, async () => {
        tmux.type(`"${process.execPath}" "${CLI}"`);
        tmux.keys("Enter");
        await tmux.waitFor("[1 Overview]");
        tmux.keys(key);
        await tmux.waitFor(marker);
        tmux.signalChild(signal);
        await terminalIsRestored();
      }, 30_000);
    }
  }
});
