import type { Key } from "./keys.ts";
import type { View } from "./nav.ts";

export type KeyHelp = readonly [keys: string, what: string];

const LIST: KeyHelp[] = [
  ["j k, up down", "move (5j: five rows)"],
  ["g G, Home End", "first, last (3G: the third row)"],
  ["PgUp PgDn, Ctrl+U Ctrl+D", "a page, half a page"],
  ["Enter", "open"],
  ["y", "copy the citation of the row (OSC 52)"],
  ["o", "show the row's web address"],
];
const FILTER: KeyHelp[] = [
  ["f", "filter the list (fuzzy: 'opp lead')"],
  ["Esc", "clear the filter; then back"],
];

const SCREEN_KEYS: Record<View["screen"], KeyHelp[]> = {
  overview: [["j k", "scroll"]],
  reader: [
    ["j k, up down", "next, previous sentence (5j: five)"],
    ["} {", "next, previous paragraph"],
    ["PgUp PgDn, Space", "a page"],
    ["g G", "first, last sentence"],
    ["e", "entities named in the sentence"],
    ["y", "copy the sentence's citation (OSC 52)"],
    ["o", "show the sentence's web address"],
    [":", "go to an id: p7, p7-s3, belneftekhim"],
  ],
  entities: [...LIST, ...FILTER],
  events: [...LIST, ...FILTER],
  sanctions: [...LIST, ...FILTER],
  timeline: [...LIST, ...FILTER],
  search: [
    ["type", "search the report and its records"],
    ["up down", "choose a result"],
    ["Enter", "open it"],
    ["Esc", "stop typing; again: clear"],
    ...LIST.slice(4),
  ],
  entity: [...LIST.slice(0, 4), ["Enter on a quote", "read it in its paragraph"], ...LIST.slice(4)],
  record: [...LIST.slice(0, 4), ["Enter on a quote", "read it in its paragraph"], ...LIST.slice(4)],
  mentions: LIST,
};

const EVERYWHERE: KeyHelp[] = [
  ["Tab, Shift+Tab", "next, previous screen"],
  ["3 Tab", "screen 3 (a number, then Tab)"],
  ["/", "search"],
  [":", "go to an id or a name"],
  ["Esc, Backspace", "back"],
  ["Ctrl+A E U W", "in a text field: start, end, delete to start, delete word"],
  ["?", "this help"],
  ["q, Ctrl+C", "quit"],
];

/** In a document of a corpus. */
const CORPUS: KeyHelp = ["d, Esc at the top", "the corpus's list of documents"];

/** The keys of the current screen first, then those that work everywhere (each key once). */
export function helpFor(view: View, name: string, corpus = false): { title: string; keys: KeyHelp[] }[] {
  const here = SCREEN_KEYS[view.screen];
  const seen = new Set(here.map(([k]) => k));
  const everywhere = corpus ? [CORPUS, ...EVERYWHERE] : EVERYWHERE;
  return [
    { title: `Keys of this screen (${name})`, keys: here },
    { title: "Keys everywhere", keys: everywhere.filter(([k]) => !seen.has(k)) },
  ];
}

/** The keys of a corpus's list of documents. */
export const DOCUMENTS_HELP: { title: string; keys: KeyHelp[] }[] = [
  {
    title: "Keys of this screen (Documents)",
    keys: [
      ...LIST.slice(0, 3),
      ["Enter", "read the document (where you left it)"],
      ["f", "filter the list (title, country, edition, status, id)"],
      ["Esc", "clear the filter"],
    ],
  },
  { title: "Keys everywhere", keys: [...EVERYWHERE.slice(5)] },
];

/** The help overlay after a key: j/k, the arrows and the page keys scroll it; any other key closes it (null). */
export function scrollHelp(help: { top: number }, key: Key): { top: number } | null {
  const by: Record<string, number> = { j: 1, down: 1, k: -1, up: -1, pagedown: 10, " ": 10, pageup: -10 };
  const d = by[key.name];
  return d === undefined || key.ctrl ? null : { top: Math.max(0, help.top + d) };
}
