import type { EventType } from "@report/data/schema";

/**
 * The verb -> event-type table: which words make a sentence an event candidate, and of which type
 * from the 1.0 vocabulary (each type carries its CAMEO code there: meet 040, criticize 111,
 * impose-sanctions 163, ease-sanctions 085, provide-economic-aid 071 …). `completed` forms report
 * what was done, `ongoing` forms what goes on. `object`, when set, must occur within the next few
 * words ("imposed" is 163 only when sanctions are what is imposed). Earlier rows win when two
 * match the same words, so the specific rows come first.
 */
export interface VerbRow {
  type: EventType;
  completed: string[];
  ongoing: string[];
  /** Words of which one must follow within 80 characters ("sanctions" for "imposed"); a plural counts. */
  object?: string[];
  confidence: number;
}

export const VERB_TABLE: VerbRow[] = [
  {
    type: "stop-aid",
    completed: ["denied", "cut", "withheld", "suspended"],
    ongoing: ["denies", "denying", "withholds", "cuts"],
    object: ["assistance", "aid", "funding"],
    confidence: 0.7,
  },
  {
    type: "impose-sanctions",
    completed: ["imposed", "increased", "tightened", "expanded", "extended"],
    ongoing: ["imposes", "maintains", "maintained"],
    object: ["sanction"],
    confidence: 0.8,
  },
  {
    type: "ease-sanctions",
    completed: ["suspended", "eased", "lifted", "was extended", "were extended"],
    ongoing: ["suspends", "eases", "lifts"],
    confidence: 0.6,
  },
  {
    type: "provide-humanitarian-aid",
    completed: ["provided", "delivered", "facilitated"],
    ongoing: ["provides", "delivers", "facilitates"],
    object: ["humanitarian"],
    confidence: 0.7,
  },
  {
    type: "provide-economic-aid",
    completed: ["funded", "financed", "granted", "awarded"],
    ongoing: ["funds", "finances"],
    confidence: 0.7,
  },
  {
    type: "provide-aid",
    completed: ["supported", "assisted", "trained", "provided"],
    ongoing: ["supports", "assists", "trains", "supporting"],
    confidence: 0.5,
  },
  {
    type: "meet",
    completed: ["met", "held talks", "consulted", "visited"],
    ongoing: ["meets", "holds regular meetings", "holding regular meetings", "consults"],
    confidence: 0.7,
  },
  {
    type: "criticize",
    completed: ["condemned", "criticized", "criticised", "denounced", "protested", "spoke out"],
    ongoing: ["condemns", "criticizes", "criticises", "denounces", "speaking out", "speaks out"],
    confidence: 0.8,
  },
  {
    type: "demand-rights",
    completed: ["urged", "called on", "called upon", "demanded", "pressed"],
    ongoing: ["urges", "calls on", "calls upon", "demands", "presses", "stresses"],
    confidence: 0.5,
  },
  {
    type: "make-statement",
    completed: ["stated", "announced", "declared", "asserted", "issued a statement", "said"],
    ongoing: ["announces", "declares", "asserts"],
    confidence: 0.5,
  },
  {
    type: "investigate-abuses",
    completed: ["monitored", "investigated", "documented"],
    ongoing: ["monitors", "monitoring", "investigates"],
    confidence: 0.6,
  },
  { type: "symbolic-act", completed: ["attended"], ongoing: ["attends", "attending"], confidence: 0.5 },
  {
    type: "release-persons",
    completed: ["released", "freed", "pardoned"],
    ongoing: ["releases", "frees"],
    confidence: 0.6,
  },
  {
    type: "legal-action",
    completed: ["arrested", "detained", "charged", "convicted", "sentenced", "prosecuted"],
    ongoing: ["arrests", "detains", "prosecutes"],
    confidence: 0.6,
  },
  {
    type: "coerce",
    completed: ["attacked", "harassed", "raided", "intimidated"],
    ongoing: ["harasses", "intimidates"],
    confidence: 0.5,
  },
  {
    type: "diplomatic-cooperation",
    completed: ["engaged with", "cooperated with"],
    ongoing: ["engages with", "cooperates with", "engagement with"],
    confidence: 0.4,
  },
];

export interface Cue {
  row: VerbRow;
  aspect: "completed" | "ongoing";
  start: number;
  end: number;
  /** "was extended", "were imposed": the subject is what is acted on. */
  passive: boolean;
}

const PASSIVE = /^(?:was|were|been|is|are|be)\s/;
/** Each form as a pattern: a passive auxiliary may come before it, and an adverb ("cooperates closely with") inside it. */
const FORMS = VERB_TABLE.flatMap((row, order) =>
  (["completed", "ongoing"] as const).flatMap((aspect) =>
    row[aspect].map((words) => ({
      row,
      aspect,
      order,
      object: row.object && new RegExp(`\\b(?:${row.object.join("|")})s?\\b`),
      re: new RegExp(
        `(?<![\\w-])(?:(?:was|were|been|is|are|be)\\s+)?${words.split(" ").join("\\s+(?:\\w+ly\\s+)?")}\\b`,
        "g",
      ),
    })),
  ),
);

/** The event cues in `[from, to)`: a form from the table, with its object when the row needs one. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const body = text.slice(from, to);
  const found: (Cue & { order: number })[] = [];
  for (const f of FORMS)
    for (const m of body.matchAll(f.re)) {
      const passive = PASSIVE.test(m[0]);
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const near = `${body.slice(Math.max(0, m.index - 40), m.index)} ${after}`;
      if (f.object && !f.object.test(passive ? near : after)) continue;
      found.push({
        row: f.row,
        aspect: f.aspect,
        order: f.order,
        start: from + m.index,
        end: from + m.index + m[0].length,
        passive,
      });
    }
  // Where forms overlap, the longer words win, then the earlier row of the table.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const cues: Cue[] = [];
  for (const { order: _, ...c } of found) if (!cues.some((k) => k.start < c.end && c.start < k.end)) cues.push(c);
  return cues;
}

/** The verb table as the Markdown table in README.md (a test keeps the two the same). */
export function verbTableMarkdown(cameo: (type: EventType) => string): string {
  const rows = VERB_TABLE.map(
    (r) =>
      `| \`${r.type}\` | ${cameo(r.type)} | ${r.completed.join(", ")} | ${r.ongoing.join(", ")} | ${r.object?.join(", ") ?? ""} | ${r.confidence} |`,
  );
  return [
    "| event type | CAMEO | completed | ongoing | object | confidence |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
