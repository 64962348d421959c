import type { Key as InkKey } from "ink";
import { describe, expect, it } from "vitest";
import { editField, fieldOf } from "../src/ui/field.ts";
import { keysOf } from "../src/ui/keys.ts";

const ink = (k: Partial<InkKey> = {}) => k as InkKey;

describe("keysOf: one key per keypress, whatever the chunk", () => {
  it("splits a chunk of characters into keys, in order, Enter and Tab included", () => {
    expect(keysOf("5jG", ink()).map((k) => k.name)).toEqual(["5", "j", "G"]);
    expect(keysOf("abc\r", ink()).map((k) => k.name)).toEqual(["a", "b", "c", "return"]);
  });
  it("keeps named keys and chords whole", () => {
    expect(keysOf("", ink({ downArrow: true }))).toEqual([
      { name: "down", ctrl: undefined, meta: undefined, shift: undefined },
    ]);
    expect(keysOf("w", ink({ ctrl: true }))).toEqual([{ name: "w", ctrl: true, meta: undefined }]);
  });
});

describe("editField: readline's keys", () => {
  const f = { value: "opposition lead", cursor: 15 };
  it("Ctrl+W deletes the word before the cursor, Ctrl+U everything before it, Ctrl+K everything after", () => {
    expect(editField(f, { name: "w", ctrl: true })).toEqual({ value: "opposition ", cursor: 11 });
    expect(editField({ ...f, cursor: 10 }, { name: "u", ctrl: true })).toEqual({ value: " lead", cursor: 0 });
    expect(editField({ ...f, cursor: 10 }, { name: "k", ctrl: true })).toEqual({ value: "opposition", cursor: 10 });
  });
  it("Ctrl+A and Ctrl+E go to the start and the end; typing inserts at the cursor", () => {
    const start = editField(f, { name: "a", ctrl: true });
    expect(start).toEqual({ value: "opposition lead", cursor: 0 });
    expect(editField(start ?? f, { name: "x", text: "x" })).toEqual({ value: "xopposition lead", cursor: 1 });
    expect(editField(start ?? f, { name: "e", ctrl: true })).toEqual(fieldOf("opposition lead"));
  });
  it("Backspace and Alt+B; Enter and Esc are left to the caller", () => {
    expect(editField(f, { name: "backspace" })).toEqual({ value: "opposition lea", cursor: 14 });
    expect(editField(f, { name: "b", meta: true })).toEqual({ value: "opposition lead", cursor: 11 });
    expect(editField(f, { name: "return" })).toBeUndefined();
    expect(editField(f, { name: "escape" })).toBeUndefined();
  });
});
