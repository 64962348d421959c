import type { Key as InkKey } from "ink";

/** One keypress, whatever chunk it came in: a character (`text`) or a named key, with its modifiers. */
export interface Key {
  /** "j", "G", ":" … for a character; "up", "down", "pageup", "return", "escape", "tab", "backspace" … for a named key. */
  name: string;
  /** The character typed, for a key that types one. */
  text?: string | undefined;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
}

const NAMED: [keyof InkKey, string][] = [
  ["upArrow", "up"],
  ["downArrow", "down"],
  ["leftArrow", "left"],
  ["rightArrow", "right"],
  ["pageUp", "pageup"],
  ["pageDown", "pagedown"],
  ["home", "home"],
  ["end", "end"],
  ["return", "return"],
  ["escape", "escape"],
  ["tab", "tab"],
  ["backspace", "backspace"],
  ["delete", "delete"],
];

/** Control characters that can arrive inside a chunk of text. */
const CONTROL: Record<string, string> = {
  "\r": "return",
  "\n": "return",
  "\t": "tab",
  "\u007f": "backspace",
  "\b": "backspace",
};

/**
 * The keys in what Ink hands `useInput`: a named key, a Ctrl or Alt chord, or a chunk of characters.
 * A chunk (keys held down, typed over ssh, pasted) is split into one key per character, in order, so
 * `jjjjj` is five moves and `3G` is a count and a command.
 */
export function keysOf(input: string, key: InkKey): Key[] {
  const named = NAMED.find(([flag]) => key[flag] === true)?.[1];
  if (named) return [{ name: named, ctrl: key.ctrl, meta: key.meta, shift: key.shift }];
  // Alt keeps the case (Esc then G arrives as Alt+G, and is G); Ctrl+W and Ctrl+Shift+W are one key.
  if (key.ctrl || key.meta)
    return input ? [{ name: key.ctrl ? input.toLowerCase() : input, ctrl: key.ctrl, meta: key.meta }] : [];
  const out: Key[] = [];
  for (const ch of input) {
    const control = CONTROL[ch];
    if (control) out.push({ name: control });
    else if (ch >= " ") out.push({ name: ch, text: ch, shift: ch !== ch.toLowerCase() });
  }
  return out;
}
