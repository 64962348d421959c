import type { Model } from "../model.ts";
import { EMPTY_FIELD, type Field } from "./field.ts";
import { initialTab, isListScreen, MIN_COLUMNS, MIN_ROWS, SCREENS, type Screen, type Tab, type View } from "./nav.ts";

/** A line the status bar shows until the next key: what a key did, or why it did nothing. */
export interface Notice {
  text: string;
  /** A web address to show (as an OSC 8 hyperlink where the terminal supports one). */
  link?: string | undefined;
  error?: boolean | undefined;
}

/** Everything the explorer remembers between keys. */
export interface AppState {
  tab: Screen;
  /** Each tab's stack and filter, kept while another tab is shown. */
  tabs: Record<Screen, Tab>;
  /** The text field that has the keyboard: the current tab's filter (the Search tab's query), or the `:` prompt. */
  input: "filter" | "jump" | null;
  jump: Field;
  /** The help overlay and how far it is scrolled. */
  help: { top: number } | null;
  /** Digits typed before a command: `5` of `5j`. */
  count: string;
  notice?: Notice | undefined;
}

export function initialState(m: Model): AppState {
  const first = m.report.structure.sentences[0]?.id ?? "";
  const tabs = Object.fromEntries(SCREENS.map((s) => [s, initialTab(s, first)])) as Record<Screen, Tab>;
  return { tab: "overview", tabs, input: null, jump: EMPTY_FIELD, help: null, count: "" };
}

/** What a key asks the app to do besides changing its state. */
export type Effect =
  | { kind: "exit" }
  | { kind: "copy"; id: string }
  | { kind: "link"; id: string }
  /** Back to the list of the corpus's documents. */
  | { kind: "documents" };

/** The terminal's size. */
export interface Size {
  width: number;
  height: number;
}

export const tabOf = (s: AppState): Tab => s.tabs[s.tab];
export const viewOf = (s: AppState): View => tabOf(s).stack.at(-1) ?? { screen: "overview", top: 0 };
export const isSmall = (size: Size) => size.width < MIN_COLUMNS || size.height < MIN_ROWS;

/** Where things go on the screen: the tab bar, the draft banner, an input row when there is one, the body, the status bar. */
export interface Layout {
  /** Whether the current tab's filter (or query) row is shown above the body. */
  inputRow: boolean;
  bodyHeight: number;
  /** The body's width, less the scroll bar and the space before it (a line ends a space short of the bar). */
  contentWidth: number;
}

/** The size rows and lines are wrapped to: the body less its two-column gutter (the cursor's marker). */
export const bodySize = (l: Layout) => ({ width: l.contentWidth - 2, height: l.bodyHeight });

/** Whether the explorer draws the draft banner under the tab bar: for a draft, on every screen. */
export const hasBanner = (m: Model): boolean => m.report.status === "draft";

/** The rows that are not the body of a view without an input row: the tab bar, the banner, the status bar. */
export const chromeRows = (banner: boolean): number => (banner ? 3 : 2);

export function layoutFor(s: AppState, size: Size, banner = false): Layout {
  const view = viewOf(s);
  const tab = tabOf(s);
  const onList = view.screen === tab.stack[0]?.screen && isListScreen(view.screen);
  const inputRow = onList && (s.tab === "search" || s.input === "filter" || tab.filter.value !== "");
  return {
    inputRow,
    bodyHeight: Math.max(1, size.height - chromeRows(banner) - (inputRow ? 1 : 0)),
    contentWidth: Math.max(10, size.width - 3),
  };
}
