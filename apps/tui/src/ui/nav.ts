/** The screens the tab bar switches between, in order. */
export const SCREENS = ["overview", "reader", "entities", "timeline", "search"] as const;
export type Screen = (typeof SCREENS)[number];

/** One place in the app; the app keeps a stack of them so Esc goes back. */
export type View =
  | { screen: "overview" }
  | { screen: "reader"; top: number; anchor?: string | undefined; highlight?: [number, number] | undefined }
  | { screen: "entities"; sel: number }
  | { screen: "entity"; id: string; sel: number }
  | { screen: "mentions"; paragraphId: string; sel: number }
  | { screen: "timeline"; sel: number }
  | { screen: "search"; sel: number };

export function initialView(screen: Screen): View {
  switch (screen) {
    case "overview":
      return { screen };
    case "reader":
      return { screen, top: 0 };
    default:
      return { screen, sel: 0 };
  }
}

/** The tab a view belongs to: an entity's details live under Entities. */
export const tabOf = (v: View): Screen =>
  v.screen === "entity" ? "entities" : v.screen === "mentions" ? "reader" : v.screen;

export const MIN_COLUMNS = 50;
export const MIN_ROWS = 12;

export const HELP: [string, string][] = [
  ["Tab / Shift+Tab, 1-5", "switch screen"],
  ["up/down, j/k", "move"],
  ["PgUp/PgDn", "page"],
  ["g / G (Home/End)", "first / last"],
  ["Enter", "open; on a quote: jump to its paragraph"],
  ["e (Reader)", "entities named in the paragraph at the top"],
  ["Esc / Backspace", "back"],
  ["/", "search (type; up/down choose; Enter open)"],
  ["f", "filter entities (Entities screen)"],
  ["?", "this help (any key closes)"],
  ["q, Ctrl+C", "quit"],
];
