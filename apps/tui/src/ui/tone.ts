import type { Seg, Tone } from "./text.ts";

/** Paints `text` in layers of `[start, end)` spans; later layers win where spans overlap. */
export function paint(text: string, layers: { spans: readonly (readonly [number, number])[]; tone: Tone }[]): Seg[] {
  const tones: (Tone | undefined)[] = new Array(text.length).fill(undefined);
  for (const { spans, tone } of layers) {
    for (const [s, e] of spans) for (let i = Math.max(0, s); i < Math.min(text.length, e); i++) tones[i] = tone;
  }
  const segs: Seg[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segs.at(-1);
    if (last && last.tone === tones[i]) last.text += text[i];
    else segs.push({ text: text[i] ?? "", tone: tones[i] });
  }
  return segs;
}
