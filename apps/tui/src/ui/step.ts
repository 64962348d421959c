import { entitiesNamedIn, sentenceLabel } from "@report/view";
import { type Found, findRecord } from "../find.ts";
import type { Model } from "../model.ts";
import { contentOf, readerDocOf, readerMaxTop, readerPlace } from "./content.ts";
import { EMPTY_FIELD, editField } from "./field.ts";
import { scrollHelp } from "./help.ts";
import type { Key } from "./keys.ts";
import { clamp, fitTop, moveInList } from "./move.ts";
import { isListScreen, SCREENS, type Screen, type View } from "./nav.ts";
import type { Target } from "./rows.ts";
import {
  type AppState,
  bodySize,
  chromeRows,
  type Effect,
  hasBanner,
  isSmall,
  layoutFor,
  type Size,
  tabOf,
  viewOf,
} from "./state.ts";

export interface Env {
  model: Model;
  size: Size;
  /** Whether the document is one of a corpus's, with a list of documents to go back to. */
  corpus?: boolean | undefined;
}

interface Result {
  state: AppState;
  effects: Effect[];
}

const same = (state: AppState): Result => ({ state, effects: [] });

/** The state with the current tab's top view replaced. */
const replaceTop = (s: AppState, view: View): AppState => {
  const tab = tabOf(s);
  return { ...s, tabs: { ...s.tabs, [s.tab]: { ...tab, stack: [...tab.stack.slice(0, -1), view] } } };
};
const pushView = (s: AppState, view: View, on: Screen = s.tab): AppState => {
  const tab = s.tabs[on];
  return { ...s, tab: on, tabs: { ...s.tabs, [on]: { ...tab, stack: [...tab.stack, view] } } };
};
const back = (s: AppState): AppState => {
  const tab = tabOf(s);
  if (tab.stack.length < 2) return s;
  return { ...s, tabs: { ...s.tabs, [s.tab]: { ...tab, stack: tab.stack.slice(0, -1) } } };
};
const setFilter = (s: AppState, filter: AppState["jump"]): AppState => {
  const tab = tabOf(s);
  const list = tab.stack[0] ?? viewOf(s);
  // A new filter starts the list from its first row.
  const reset: View = "sel" in list ? { ...list, sel: -1, top: 0 } : list;
  return { ...s, tabs: { ...s.tabs, [s.tab]: { stack: [reset], filter } } };
};

/** A reader view with `sentence` under the cursor, its paragraph at the top when it fits on the screen. */
export function readerAt(env: Env, sentence: string, highlight?: [number, number]): View {
  const { model: m } = env;
  // A reader view never has an input row.
  const layout = {
    bodyHeight: env.size.height - chromeRows(hasBanner(m)),
    width: Math.max(10, env.size.width - 3) - 2,
  };
  const doc = readerDocOf(m, { highlight }, layout.width);
  const place = readerPlace(m, doc, sentence);
  const paragraph = m.index.getSentence(place.sentence)?.paragraphId ?? "";
  const pStart = doc.starts.get(paragraph) ?? place.range[0];
  const top = place.range[1] < pStart + layout.bodyHeight ? pStart : place.range[0];
  return {
    screen: "reader",
    sentence: place.sentence,
    top: Math.min(top, readerMaxTop(m, doc, layout.bodyHeight)),
    highlight,
  };
}

const viewFor = (env: Env, t: Target): View =>
  t.to === "reader"
    ? readerAt(env, t.sentence, t.span)
    : { screen: t.to === "entity" ? "entity" : "record", id: t.id, sel: -1, top: 0 };

/** Where `:` sends a found id: a passage to the Reader tab, an entity to Entities, an event or sanction to its tab. */
function goTo(s: AppState, env: Env, found: Found): AppState {
  if (found.kind === "paragraph" || found.kind === "sentence") {
    const first =
      found.kind === "paragraph" ? (env.model.index.getParagraph(found.id)?.sentenceIds[0] ?? "") : found.id;
    const view = readerAt(env, first);
    return { ...s, tab: "reader", tabs: { ...s.tabs, reader: { ...s.tabs.reader, stack: [view] } } };
  }
  if (found.kind === "entity") return pushView(s, viewFor(env, { to: "entity", id: found.id }), "entities");
  const on: Screen = found.kind === "event" ? "events" : found.kind === "sanction" ? "sanctions" : s.tab;
  return pushView(s, viewFor(env, { to: "record", id: found.id }), on);
}

/** Another tab, as it was left; the Search tab starts typing when there is no query yet. */
const switchTab = (s: AppState, screen: Screen): AppState => ({
  ...s,
  tab: screen,
  input: screen === "search" && s.tabs.search.filter.value === "" ? "filter" : null,
});

/** Named keys no screen gives a meaning with Alt (a field's Alt+Backspace deletes a word). */
const ALT_MEANS_NOTHING = new Set([
  "escape",
  "up",
  "down",
  "left",
  "right",
  "pageup",
  "pagedown",
  "home",
  "end",
  "return",
  "tab",
]);

/** One key applied to the state: pure, so that every key of a chunk acts on the state the key before left. */
export function step(s0: AppState, key: Key, env: Env): Result {
  const s: AppState = s0.notice ? { ...s0, notice: undefined } : s0;
  if (isSmall(env.size)) return key.name === "q" ? { state: s, effects: [{ kind: "exit" }] } : same(s);
  if (s.help) return helpKey(s, key);
  // Esc and a key typed fast after it arrive as one Alt chord (two Esc as Alt+Esc, Esc then Down as
  // Alt+Down); where Alt means nothing, they are both keys.
  if (key.meta && (ALT_MEANS_NOTHING.has(key.name) || (key.name.length === 1 && !s.input))) {
    const first = step(s, { name: "escape" }, env);
    const second = step(
      first.state,
      {
        ...key,
        meta: false,
        ...(key.name.length === 1 && { text: key.name, shift: key.name !== key.name.toLowerCase() }),
      },
      env,
    );
    return { state: second.state, effects: [...first.effects, ...second.effects] };
  }
  if (s.input) return inputKey(s, key, env);
  return commandKey(s, key, env);
}

const helpKey = (s: AppState, key: Key): Result => same({ ...s, help: scrollHelp(s.help ?? { top: 0 }, key) });

function inputKey(s: AppState, key: Key, env: Env): Result {
  const jumping = s.input === "jump";
  const field = jumping ? s.jump : tabOf(s).filter;
  if (key.name === "escape") {
    // Esc clears a filter; in the Search tab, a first Esc keeps the query and stops typing.
    if (jumping) return same({ ...s, input: null, jump: EMPTY_FIELD });
    if (s.tab === "search" && field.value !== "") return same({ ...s, input: null });
    return same({ ...setFilter(s, EMPTY_FIELD), input: null });
  }
  if (key.name === "return") {
    if (!jumping) {
      const done = { ...s, input: null } as AppState;
      return s.tab === "search" ? commandKey(done, key, env) : same(done);
    }
    const query = s.jump.value.trim();
    const closed: AppState = { ...s, input: null, jump: EMPTY_FIELD };
    if (query === "") return same(closed);
    const { found, suggestions } = findRecord(env.model, query);
    if (found) return same(goTo(closed, env, found));
    const text = `Nothing has the id or name '${query}'.${suggestions.length ? ` Closest: ${suggestions.slice(0, 3).join("; ")}` : ""}`;
    return same({ ...closed, notice: { text, error: true } });
  }
  if (key.name === "tab") return commandKey({ ...s, input: null }, key, env);
  if (!jumping && (key.name === "up" || key.name === "down")) return commandKey(s, { name: key.name }, env);
  const next = editField(field, key);
  if (!next) return same(s);
  if (jumping) return same({ ...s, jump: next });
  return same(
    next.value === field.value
      ? { ...s, tabs: { ...s.tabs, [s.tab]: { ...tabOf(s), filter: next } } }
      : setFilter(s, next),
  );
}

function commandKey(s0: AppState, key: Key, env: Env): Result {
  const { model: m } = env;
  if (!key.ctrl && !key.meta && /^[0-9]$/.test(key.name) && (key.name !== "0" || s0.count !== "")) {
    return same({ ...s0, count: (s0.count + key.name).slice(0, 4) });
  }
  const hadCount = s0.count !== "";
  const n = hadCount ? Math.max(1, Number(s0.count)) : 1;
  const s: AppState = { ...s0, count: "" };
  const view = viewOf(s);
  const layout = layoutFor(s, env.size, hasBanner(m));
  const size = bodySize(layout);
  const tab = tabOf(s);

  if (key.name === "tab") {
    const i = SCREENS.indexOf(s.tab);
    if (hadCount) {
      const screen = SCREENS[n - 1];
      return screen
        ? same(switchTab(s, screen))
        : same({ ...s, notice: { text: `There are ${SCREENS.length} screens.`, error: true } });
    }
    return same(switchTab(s, SCREENS[(i + (key.shift ? -1 : 1) + SCREENS.length) % SCREENS.length] ?? "overview"));
  }
  if (key.name === "q" && !key.ctrl) return { state: s, effects: [{ kind: "exit" }] };
  if (key.name === "?") return same({ ...s, help: { top: 0 } });
  if (key.name === "/") return same({ ...switchTab(s, "search"), input: "filter" });
  if (key.name === ":") return same({ ...s, input: "jump", jump: EMPTY_FIELD });
  const onList = isListScreen(view.screen) && tab.stack.length === 1;
  if (key.name === "f" && onList && s.tab !== "search") return same({ ...s, input: "filter" });
  // In a corpus, d (or going back from the top of a tab) leads to the list of documents.
  const documents = { state: s, effects: [{ kind: "documents" } as const] };
  if (key.name === "d" && env.corpus) return documents;
  if (key.name === "escape" || key.name === "backspace") {
    if (key.name === "escape" && onList && tab.filter.value !== "") return same(setFilter(s, EMPTY_FIELD));
    if (tab.stack.length < 2 && env.corpus) return documents;
    return same(back(s));
  }

  if (view.screen === "reader" || view.screen === "overview") return linesKey(s, view, key, n, hadCount, env, size);
  if (!("sel" in view)) return same(s);
  const c = contentOf(m, view, tab.filter, size);
  if (c.kind !== "list") return same(s);
  const row = c.rows[c.sel];
  if (key.name === "return") {
    if (!row?.target) return same(s);
    return same(pushView(replaceTop(s, { ...view, sel: c.sel, top: c.top }), viewFor(env, row.target)));
  }
  if (key.name === "y" || key.name === "o") {
    if (!row?.cite) return same({ ...s, notice: { text: "Nothing here to cite.", error: true } });
    return { state: s, effects: [{ kind: key.name === "y" ? "copy" : "link", id: row.cite }] };
  }
  const moved = moveInList(c.rows, c.sel, c.top, key, n, hadCount, layout.bodyHeight);
  return moved ? same(replaceTop(s, { ...view, ...moved })) : same(s);
}

/** Keys of the reader (a sentence cursor) and of the overview (plain scrolling). */
function linesKey(
  s: AppState,
  view: Extract<View, { screen: "reader" | "overview" }>,
  key: Key,
  n: number,
  hadCount: boolean,
  env: Env,
  size: { width: number; height: number },
): Result {
  const { model: m } = env;
  const c = contentOf(m, view, tabOf(s).filter, size);
  if (c.kind !== "lines") return same(s);
  const h = size.height;
  const half = Math.max(1, Math.floor(h / 2));
  const scroll: Record<string, number> = { pagedown: h, " ": h, pageup: -h };
  let lines = scroll[key.name];
  if (key.ctrl) lines = { f: h, b: -h, d: half, u: -half }[key.name];
  if (view.screen === "overview") {
    const by: Record<string, number> = { j: 1, down: 1, k: -1, up: -1 };
    const d = lines ?? by[key.name];
    if (d === undefined) return same(s);
    return same(replaceTop(s, { ...view, top: clamp(c.top + d * n, 0, c.maxTop) }));
  }
  const place = c.reader;
  if (!place) return same(s);
  const ranges = (id: string) => readerPlace(m, place.doc, id).range;
  const toSentence = (i: number, top = c.top) => {
    const id = place.order[clamp(i, 0, place.order.length - 1)] ?? place.sentence;
    const [first, last] = ranges(id);
    return same(replaceTop(s, { ...view, sentence: id, top: fitTop(top, first, last + 1, h, c.maxTop) }));
  };
  if (lines !== undefined) {
    const top = clamp(c.top + lines * n, 0, c.maxTop);
    if (top === c.top) return toSentence(lines > 0 ? place.order.length - 1 : 0);
    // The cursor stays where it is while it is on the page, else goes to the page's first sentence; never back.
    const [first, last] = place.range;
    if (first >= top && last < top + h) return toSentence(place.index, top);
    const found = place.order.findIndex((id) => ranges(id)[0] >= top);
    const i = found < 0 ? place.order.length - 1 : found;
    return toSentence(lines > 0 ? Math.max(i, place.index) : Math.min(i, place.index), top);
  }
  switch (key.name) {
    case "j":
    case "down":
      return toSentence(place.index + n);
    case "k":
    case "up":
      return toSentence(place.index - n);
    case "g":
    case "home":
      return toSentence(hadCount ? n - 1 : 0);
    case "G":
    case "end":
      return toSentence(hadCount ? n - 1 : place.order.length - 1);
    case "}":
    case "{": {
      const paragraphs = m.report.structure.paragraphs;
      const here = paragraphs.findIndex((p) => p.sentenceIds.includes(place.sentence));
      const to = paragraphs[clamp(here + (key.name === "}" ? n : -n), 0, paragraphs.length - 1)];
      const view2 = readerAt(env, to?.sentenceIds[0] ?? place.sentence, view.highlight);
      return same(replaceTop(s, view2));
    }
    case "e": {
      const sentence = m.index.getSentence(place.sentence);
      if (!sentence) return same(s);
      if (entitiesNamedIn(m.report, sentence).length === 0)
        return same({ ...s, notice: { text: `No entity is named in ${sentenceLabel(m.report, sentence)}.` } });
      return same(pushView(s, { screen: "mentions", sentence: place.sentence, sel: -1, top: 0 }));
    }
    case "y":
      return { state: s, effects: [{ kind: "copy", id: place.sentence }] };
    case "o":
      return { state: s, effects: [{ kind: "link", id: place.sentence }] };
    case "return":
      return same(s);
  }
  return same(s);
}
