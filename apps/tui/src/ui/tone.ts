import { type MarkedSpan, segments } from "@report/view";
import type { Seg, Tone } from "./text.ts";

/**
 * Paints `text` (which starts at `offset`) in layers of spans with @report/view's `segments`; where
 * layers overlap, the later layer's tone wins.
 */
export function paint(
  text: string,
  layers: readonly { spans: readonly MarkedSpan[]; tone: Tone }[],
  offset = 0,
): Seg[] {
  const named = layers.map((l, i) => ({ name: String(i), spans: l.spans }));
  return segments(text, named, offset).map((seg) => {
    let tone: Tone | undefined;
    for (let i = layers.length - 1; i >= 0 && !tone; i--)
      if (seg.marks[String(i)] !== undefined) tone = layers[i]?.tone;
    return { text: seg.text, tone };
  });
}
