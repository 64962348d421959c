import type { Paragraph } from "@report/data";
import { mentionsIn, segments } from "@report/view";
import { type Model, partHeading } from "../model.ts";
import { type Line, type Seg, wrap } from "./text.ts";

export interface ReaderDoc {
  lines: Line[];
  /** First line of each paragraph. */
  starts: Map<string, number>;
  /** Paragraph id of each line. */
  owner: string[];
}

/** The whole report as wrapped lines, mentions underlined and `highlight` (absolute offsets) marked. */
export function readerDoc(m: Model, width: number, highlight?: readonly [number, number]): ReaderDoc {
  const base = readerBuild(m, width).finish();
  if (!highlight) return base;
  // Only the paragraphs the highlight touches change: re-wrap those, reuse every other line.
  const [hs, he] = highlight;
  const touched = m.report.structure.paragraphs.filter((p) => p.start < he && hs < p.end && hs < he);
  if (touched.length === 0) return base;
  const lines: Line[] = [];
  const owner: string[] = [];
  const delta = new Map<string, number>();
  let from = 0;
  for (const p of touched) {
    const start = base.starts.get(p.id) ?? 0;
    const end = start + paragraphLines(m, p, width).length;
    for (let i = from; i < start; i++) {
      lines.push(base.lines[i] ?? []);
      owner.push(base.owner[i] ?? "");
    }
    const marked = paragraphLines(m, p, width, highlight);
    for (const l of marked) {
      lines.push(l);
      owner.push(p.id);
    }
    delta.set(p.id, marked.length - (end - start));
    from = end;
  }
  for (let i = from; i < base.lines.length; i++) {
    lines.push(base.lines[i] ?? []);
    owner.push(base.owner[i] ?? "");
  }
  // Paragraphs after a re-wrapped one move by the difference in its line count.
  const starts = new Map<string, number>();
  let shift = 0;
  for (const [id, at] of base.starts) {
    starts.set(id, at + shift);
    shift += delta.get(id) ?? 0;
  }
  return { lines, starts, owner };
}

/** A paragraph's lines: its text, each sentence tagged (the cursor), mentions underlined, `highlight` marked; a blank line. */
function paragraphLines(m: Model, p: Paragraph, width: number, highlight?: readonly [number, number]): Line[] {
  const sentences = p.sentenceIds.flatMap((id) => m.index.getSentence(id) ?? []);
  const segs = segments(
    m.index.textOf(p),
    [
      { name: "mention", spans: mentionsIn(m.report, p) },
      { name: "mark", spans: highlight ? [{ start: highlight[0], end: highlight[1] }] : [] },
      { name: "sentence", spans: sentences.map((s) => ({ start: s.start, end: s.end, id: s.id })) },
    ],
    p.start,
  ).map(
    (seg): Seg => ({
      text: seg.text,
      tone: seg.marks.mark ? "mark" : seg.marks.mention ? "mention" : undefined,
      sid: seg.marks.sentence,
    }),
  );
  return [...wrap(segs, width), []];
}

/**
 * The reader's lines without a highlight, built a slice at a time: `step` while the user is idle,
 * `finish` when the reader is needed. One per model and width.
 */
export class ReaderBuild {
  private readonly m: Model;
  private readonly width: number;
  private readonly lines: Line[] = [];
  private readonly owner: string[] = [];
  private readonly starts = new Map<string, number>();
  private heading = "";
  private next = 0;

  constructor(m: Model, width: number) {
    this.m = m;
    this.width = width;
  }

  get done(): boolean {
    return this.next >= this.m.report.structure.paragraphs.length;
  }

  /** Adds paragraphs for about `ms` milliseconds; true when the whole report is done. */
  step(ms: number): boolean {
    const until = performance.now() + ms;
    while (!this.done && performance.now() < until) this.add();
    return this.done;
  }

  finish(): ReaderDoc {
    while (!this.done) this.add();
    return { lines: this.lines, starts: this.starts, owner: this.owner };
  }

  private add() {
    const { m, width } = this;
    const p = m.report.structure.paragraphs[this.next++];
    if (!p) return;
    const push = (ls: Line[]) => {
      for (const l of ls) {
        this.lines.push(l);
        this.owner.push(p.id);
      }
    };
    const h = partHeading(m, p);
    if (p.partId && h !== this.heading) push([...wrap([{ text: h, tone: "bold" }], width), []]);
    this.heading = h;
    this.starts.set(p.id, this.lines.length);
    push(paragraphLines(m, p, width));
  }
}

const builds = new WeakMap<Model, Map<number, ReaderBuild>>();

/** The (shared) build of the reader's lines for a model at a width. */
export function readerBuild(m: Model, width: number): ReaderBuild {
  let byWidth = builds.get(m);
  if (!byWidth) {
    byWidth = new Map();
    builds.set(m, byWidth);
  }
  let build = byWidth.get(width);
  if (!build) {
    if (byWidth.size >= 4) byWidth.clear();
    build = new ReaderBuild(m, width);
    byWidth.set(width, build);
  }
  return build;
}

const rangesOf = new WeakMap<Line[], Map<string, [number, number]>>();

/** The first and last line of each sentence of a reader document (computed once per document). */
export function sentenceLines(doc: ReaderDoc): Map<string, [number, number]> {
  let ranges = rangesOf.get(doc.lines);
  if (!ranges) {
    ranges = new Map();
    doc.lines.forEach((line, i) => {
      for (const seg of line) {
        if (seg.sid === undefined) continue;
        const r = ranges?.get(seg.sid);
        if (r) r[1] = i;
        else ranges?.set(seg.sid, [i, i]);
      }
    });
    rangesOf.set(doc.lines, ranges);
  }
  return ranges;
}
