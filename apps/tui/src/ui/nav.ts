import { EMPTY_FIELD, type Field } from "./field.ts";

/** The screens the tab bar switches between, in order. */
export const SCREENS = ["overview", "reader", "entities", "events", "sanctions", "timeline", "search"] as const;
export type Screen = (typeof SCREENS)[number];
export const SCREEN_LABELS: Record<Screen, string> = {
  overview: "Overview",
  reader: "Reader",
  entities: "Entities",
  events: "Events",
  sanctions: "Sanctions",
  timeline: "Timeline",
  search: "Search",
};

/** The screens that are a filterable list. */
export type ListScreen = "entities" | "events" | "sanctions" | "timeline" | "search";
export const isListScreen = (s: string): s is ListScreen =>
  s === "entities" || s === "events" || s === "sanctions" || s === "timeline" || s === "search";

/** A place in a list: the selected row, and the first line shown. */
export interface ListPlace {
  sel: number;
  top: number;
}

/** One place in the app; each tab keeps a stack of them, so Esc goes back. */
export type View =
  | { screen: "overview"; top: number }
  | { screen: "reader"; sentence: string; top: number; highlight?: [number, number] | undefined }
  | ({ screen: ListScreen } & ListPlace)
  | ({ screen: "entity" | "record"; id: string } & ListPlace)
  | ({ screen: "mentions"; sentence: string } & ListPlace);

/** A tab's own state, kept while another tab is shown: its stack of views and its filter (the Search tab's query). */
export interface Tab {
  stack: View[];
  filter: Field;
}

export function initialView(screen: Screen, firstSentence: string): View {
  if (screen === "overview") return { screen, top: 0 };
  if (screen === "reader") return { screen, sentence: firstSentence, top: 0 };
  return { screen, sel: -1, top: 0 };
}

export const initialTab = (screen: Screen, firstSentence: string): Tab => ({
  stack: [initialView(screen, firstSentence)],
  filter: EMPTY_FIELD,
});

/** The smallest terminal the explorer draws in. */
export const MIN_COLUMNS = 50;
export const MIN_ROWS = 12;
