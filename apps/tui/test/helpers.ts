import { stripVTControlCharacters } from "node:util";
import { report } from "@report/data";
import { createModel } from "../src/model.ts";

export const model = createModel(report);

export const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  enter: "\r",
  esc: "\u001B",
  tab: "\t",
  pageDown: "\u001B[6~",
  ctrlA: "\u0001",
  ctrlU: "\u0015",
  ctrlW: "\u0017",
};

/** `n` then Tab: the n-th screen. */
export const go = (n: number) => [String(n), KEY.tab];

export const tick = (ms = 40) => new Promise((r) => setTimeout(r, ms));

/** What the user sees: the last frame without colours or styles. */
export const screen = (frame: string | undefined) => stripVTControlCharacters(frame ?? "");

/** The status bar: the last line of the frame. */
export const statusOf = (frame: string | undefined) => screen(frame).split("\n").at(-1) ?? "";

/** Types keys one at a time, as a person would, letting the app re-render in between. */
export async function press(stdin: { write(s: string): void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}
