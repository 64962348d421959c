import type { Seg, Tone } from "./text.ts";

/** Paints `text` in layers of `[start, end)` spans; later layers win where spans overlap. */
export function paint(text: string, layers: { spans: readonly (readonly [number, number])[]; tone: Tone }[]): Seg[] {
  // Sweep the span edges once: between two consecutive edges the tone cannot change.
  const events: { at: number; layer: number; delta: number }[] = [];
  layers.forEach(({ spans }, layer) => {
    for (const [s, e] of spans) {
      const from = Math.max(0, s);
      const to = Math.min(text.length, e);
      if (from < to) events.push({ at: from, layer, delta: 1 }, { at: to, layer, delta: -1 });
    }
  });
  events.sort((a, b) => a.at - b.at);
  const depth = layers.map(() => 0);
  const segs: Seg[] = [];
  const add = (from: number, to: number) => {
    if (from >= to) return;
    let tone: Tone | undefined;
    for (let l = layers.length - 1; l >= 0; l--) {
      if ((depth[l] ?? 0) > 0) {
        tone = layers[l]?.tone;
        break;
      }
    }
    const last = segs.at(-1);
    if (last && last.tone === tone) last.text += text.slice(from, to);
    else segs.push({ text: text.slice(from, to), tone });
  };
  let at = 0;
  for (const ev of events) {
    add(at, ev.at);
    at = Math.max(at, ev.at);
    depth[ev.layer] = (depth[ev.layer] ?? 0) + ev.delta;
  }
  add(at, text.length);
  return segs;
}
