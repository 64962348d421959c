import type { Key } from "./keys.ts";

/** A one-line text input: its value and where the cursor is (0 to value.length). */
export interface Field {
  value: string;
  cursor: number;
}

export const EMPTY_FIELD: Field = { value: "", cursor: 0 };
export const fieldOf = (value: string): Field => ({ value, cursor: value.length });

/** Where the word before `at` starts (readline's Ctrl+W and Alt+B: back over spaces, then over the word). */
const wordStart = (s: string, at: number) => {
  let i = at;
  while (i > 0 && /\s/.test(s[i - 1] ?? "")) i--;
  while (i > 0 && !/\s/.test(s[i - 1] ?? "")) i--;
  return i;
};
const wordEnd = (s: string, at: number) => {
  let i = at;
  while (i < s.length && /\s/.test(s[i] ?? "")) i++;
  while (i < s.length && !/\s/.test(s[i] ?? "")) i++;
  return i;
};

/**
 * The field after one key, with the keys of readline (and so of bash): Ctrl+A/E start and end,
 * Ctrl+B/F and arrows move, Ctrl+U deletes to the start, Ctrl+K to the end, Ctrl+W the word before,
 * Alt+B/F move by word, Alt+D deletes the next word, Backspace and Delete. Undefined for a key the
 * field does not use (Enter, Esc, Tab, up, down): the caller decides.
 */
export function editField(f: Field, key: Key): Field | undefined {
  const { value: v, cursor: c } = f;
  const at = (value: string, cursor: number): Field => ({ value, cursor });
  if (key.ctrl) {
    switch (key.name) {
      case "a":
        return at(v, 0);
      case "e":
        return at(v, v.length);
      case "b":
        return at(v, Math.max(0, c - 1));
      case "f":
        return at(v, Math.min(v.length, c + 1));
      case "u":
        return at(v.slice(c), 0);
      case "k":
        return at(v.slice(0, c), c);
      case "w": {
        const from = wordStart(v, c);
        return at(v.slice(0, from) + v.slice(c), from);
      }
      case "h":
        return c > 0 ? at(v.slice(0, c - 1) + v.slice(c), c - 1) : f;
      case "d":
        return at(v.slice(0, c) + v.slice(c + 1), c);
      default:
        return f;
    }
  }
  if (key.meta) {
    if (key.name === "b") return at(v, wordStart(v, c));
    if (key.name === "f") return at(v, wordEnd(v, c));
    if (key.name === "d") return at(v.slice(0, c) + v.slice(wordEnd(v, c)), c);
    if (key.name === "backspace") {
      const from = wordStart(v, c);
      return at(v.slice(0, from) + v.slice(c), from);
    }
    return f;
  }
  switch (key.name) {
    case "left":
      return at(v, Math.max(0, c - 1));
    case "right":
      return at(v, Math.min(v.length, c + 1));
    case "home":
      return at(v, 0);
    case "end":
      return at(v, v.length);
    case "backspace":
      return c > 0 ? at(v.slice(0, c - 1) + v.slice(c), c - 1) : f;
    case "delete":
      return at(v.slice(0, c) + v.slice(c + 1), c);
  }
  if (key.text !== undefined) return at(v.slice(0, c) + key.text + v.slice(c), c + key.text.length);
  return undefined;
}
