import { type Model, mentionSpans, partHeading } from "../model.ts";
import { type Line, wrap } from "./text.ts";
import { paint } from "./tone.ts";

export interface ReaderDoc {
  lines: Line[];
  /** First line of each paragraph. */
  starts: Map<string, number>;
  /** Paragraph id of each line. */
  owner: string[];
}

/** The whole report as wrapped lines, mentions underlined and `highlight` (absolute offsets) marked. */
export function readerDoc(m: Model, width: number, highlight?: readonly [number, number]): ReaderDoc {
  const lines: Line[] = [];
  const owner: string[] = [];
  const starts = new Map<string, number>();
  let heading = "";
  for (const p of m.report.structure.paragraphs) {
    const add = (ls: Line[]) => {
      for (const l of ls) {
        lines.push(l);
        owner.push(p.id);
      }
    };
    const h = partHeading(m, p);
    if (p.partId && h !== heading) add([...wrap([{ text: h, tone: "bold" }], width), []]);
    heading = h;
    starts.set(p.id, lines.length);
    const rel = (spans: [number, number][]) => spans.map(([s, e]) => [s - p.start, e - p.start] as const);
    const segs = paint(m.index.textOf(p), [
      { spans: rel(mentionSpans(m, p.id)), tone: "mention" },
      { spans: highlight ? rel([[highlight[0], highlight[1]]]) : [], tone: "mark" },
    ]);
    add([...wrap([{ text: `[${p.id}] `, tone: "dim" }, ...segs], width), []]);
  }
  return { lines, starts, owner };
}
