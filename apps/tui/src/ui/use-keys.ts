import { type Key, useInput } from "ink";
import type { Dispatch, SetStateAction } from "react";
import type { Content } from "./content.ts";
import { initialView, SCREENS, tabOf, type View } from "./nav.ts";
import type { Target } from "./rows.ts";
import { layoutOf } from "./scroll-list.tsx";

interface Keys {
  view: View;
  content: Content;
  bodyHeight: number;
  focus: "filter" | "query" | null;
  help: boolean;
  small: boolean;
  query: string;
  setStack: Dispatch<SetStateAction<View[]>>;
  setHelp: Dispatch<SetStateAction<boolean>>;
  setFocus: Dispatch<SetStateAction<"filter" | "query" | null>>;
  exit: () => void;
}

const viewFor = (t: Target): View =>
  t.to === "entity"
    ? { screen: "entity", id: t.id, sel: -1 }
    : { screen: "reader", top: 0, anchor: t.paragraphId, highlight: t.span };

/** How far a key moves the cursor or the page; undefined when it is not a movement key. */
function movement(input: string, key: Key, page: number): number | "first" | "last" | undefined {
  if (key.upArrow || input === "k") return -1;
  if (key.downArrow || input === "j") return 1;
  if (key.pageUp) return -page;
  if (key.pageDown || input === " ") return page;
  if (key.home || input === "g") return "first";
  if (key.end || input === "G") return "last";
  return undefined;
}

/** All keyboard handling of the app, as one input handler. */
export function useKeys(k: Keys) {
  const { view, content, setStack } = k;
  const replaceTop = (v: View) => setStack((s) => [...s.slice(0, -1), v]);
  const push = (v: View) => setStack((s) => [...s, v]);
  const back = () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  const open = () => {
    if (content.kind !== "list") return;
    const target = content.rows[content.sel]?.target;
    if (target) push(viewFor(target));
  };
  const move = (m: number | "first" | "last") => {
    if (content.kind === "list" && "sel" in view) {
      const n = content.rows.length - 1;
      const sel = m === "first" ? 0 : m === "last" ? n : Math.max(0, Math.min(n, content.sel + m));
      replaceTop({ ...view, sel });
    } else if (view.screen === "reader" && content.kind === "lines") {
      const max = Math.max(content.top, content.lines.length - k.bodyHeight);
      const top = m === "first" ? 0 : m === "last" ? max : Math.max(0, Math.min(max, content.top + m));
      replaceTop({ ...view, top, anchor: undefined });
    }
  };
  const switchTo = (i: number) => {
    const screen = SCREENS[(i + SCREENS.length) % SCREENS.length] ?? "overview";
    k.setFocus(null);
    setStack([initialView(screen)]);
  };

  useInput((input, key) => {
    if (k.small) {
      if (input === "q") k.exit();
      return;
    }
    if (k.help) return k.setHelp(false);
    const tab = SCREENS.indexOf(tabOf(view));
    if (key.tab) return switchTo(tab + (key.shift ? -1 : 1));
    if (k.focus) {
      if (key.escape) {
        k.setFocus(null);
        if (k.focus === "query" && k.query === "") back();
        return;
      }
      if (key.return) {
        k.setFocus(null);
        if (k.focus === "query") open();
        return;
      }
      if (k.focus === "query" && (key.upArrow || key.downArrow)) return move(key.upArrow ? -1 : 1);
      if (k.focus === "filter" && key.downArrow) return k.setFocus(null);
      return;
    }
    if (input === "q") return k.exit();
    if (input === "?") return k.setHelp(true);
    if (input === "/") {
      k.setFocus("query");
      return view.screen === "search" ? undefined : push(initialView("search"));
    }
    if (input === "f" && view.screen === "entities") return k.setFocus("filter");
    if (input === "e" && view.screen === "reader" && content.kind === "lines") {
      return push({ screen: "mentions", paragraphId: content.owner ?? "", sel: 0 });
    }
    if (/^[1-5]$/.test(input)) return switchTo(Number(input) - 1);
    if (key.escape || key.backspace || key.delete) return back();
    if (key.return) return open();
    const lines = content.kind === "list" ? layoutOf(content.rows).total : 0;
    const perItem = content.kind === "list" ? Math.max(1, lines / Math.max(1, content.rows.length)) : 1;
    const m = movement(input, key, Math.max(1, Math.floor((k.bodyHeight - 1) / perItem)));
    if (m !== undefined) move(m);
  });
}
