import { stripVTControlCharacters } from "node:util";
import { type ReportDocument, report } from "@report/data";
import { createModel } from "../src/model.ts";

export const model = createModel(report);

/**
 * A valid draft made from the report: one strategy not yet written (27 of the 28 sentences quoted by a
 * record) and three events not yet confirmed. The real draft of `pnpm ingest` is browsed in tests/tui-corpus.test.ts.
 */
export const draftDoc: ReportDocument = {
  ...report,
  id: "afdr-2010-belarus-draft",
  status: "draft",
  strategies: report.strategies.filter((s) => s.id !== "policy-of-promoting-democracy"),
  events: report.events.map((e, i) => (i < 3 ? { ...e, draft: true, confidence: 0.5 } : e)),
};
export const DRAFT_BANNER =
  "Draft: 27 of 28 sentences quoted by a record (96.4%) · 3 records to confirm · not yet published";

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
