import { createHash } from "node:crypto";
import type { DateValue, Entity, Evidence, Paragraph, Relation, ReportDocument, Sentence } from "@report/data";
import { ENTITY_KINDS, RELATION_TYPES } from "@report/data";
import { type Random, seeded } from "./random.ts";
import { COUNTED, FILLER, MONTHS, NAMES, NUMBER_WORDS, QUALIFIERS, STATUS_WORDS } from "./vocabulary.ts";

/** Shape of the real report: 2 parts, 7 body paragraphs, ~28 sentences, ~110 entities, ~120 relations. */
const PARTS = [
  { heading: "Part 1: Synthetic Democracy Objectives", paragraphs: 2 },
  { heading: "Part 2: Synthetic Priorities and Other Aspects of Governance", paragraphs: 5 },
];

interface Builder {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function datePhrase(rnd: Random): { words: string; edtf: string } {
  const year = rnd.int(2004, 2010);
  const month = rnd.int(1, 12);
  const mm = String(month).padStart(2, "0");
  switch (rnd.int(0, 3)) {
    case 0:
      return { words: `in ${year}`, edtf: `${year}` };
    case 1:
      return { words: `in ${MONTHS[month - 1]} ${year}`, edtf: `${year}-${mm}` };
    case 2:
      return { words: `in ${year - 1} and ${year}`, edtf: `${year - 1}/${year}` };
    default:
      return { words: `since ${MONTHS[month - 1]} ${year}`, edtf: `${year}-${mm}/..` };
  }
}

/** Writes one sentence at the end of the text, recording entities, values and relations as it goes. */
function sentence(b: Builder, rnd: Random, paragraphId: string, id: string, scale: number): void {
  // The sentence is built in its own string and appended once: slicing a growing text is quadratic.
  const start = b.text.length;
  let t = "";
  const at = () => start + t.length;
  const mentions: Entity[] = [];
  const ev = (s: number, e: number): Evidence => ({
    quote: t.slice(s - start, e - start),
    start: s,
    end: e,
    paragraphId,
    sentenceIds: [id],
  });
  const phrases = rnd.int(4, 6);
  for (let i = 0; i < phrases; i++) {
    if (i > 0) t += ` ${rnd.pick(FILLER)} `;
    const s = at();
    const name = `${rnd.pick(QUALIFIERS)} ${rnd.pick(NAMES).replace(/^the /, "")} ${rnd.int(1, 40 * scale)}`;
    t += i === 0 ? name[0]?.toUpperCase() + name.slice(1) : name;
    const eid = slug(`${name}`);
    const existing = b.entities.get(eid);
    const entity: Entity = existing ?? {
      id: eid,
      kind: rnd.pick(ENTITY_KINDS),
      name,
      aliases: [],
      properties: [],
      dates: [],
      quantities: [],
      evidence: [],
    };
    entity.evidence.push(ev(s, at()));
    b.entities.set(eid, entity);
    mentions.push(entity);
  }
  if (rnd.next() < 0.4) {
    const { words, edtf } = datePhrase(rnd);
    t += " ";
    const s = at();
    t += words;
    const date: DateValue = { edtf, role: "stated", evidence: ev(s, at()) };
    mentions.at(-1)?.dates.push(date);
  }
  if (rnd.next() < 0.25) {
    const n = rnd.int(0, NUMBER_WORDS.length - 1);
    const unit = rnd.pick(COUNTED);
    t += " with ";
    const s = at();
    t += `${NUMBER_WORDS[n]} ${unit}`;
    mentions[0]?.quantities.push({ type: "count", value: n + 2, unit, counts: unit, evidence: ev(s, at()) });
  }
  if (rnd.next() < 0.15) {
    t += ", which were ";
    const s = at();
    const word = rnd.pick(STATUS_WORDS);
    t += word;
    const target = mentions.at(-1);
    if (target && !target.status) target.status = { word, evidence: ev(s, at()) };
  }
  t += ".";
  const whole = ev(start, at());
  for (let i = 1; i < mentions.length; i++) {
    const [source, target] = [mentions[i - 1], mentions[i]];
    if (!source || !target || source.id === target.id) continue;
    const type = rnd.pick(RELATION_TYPES);
    const rid = `${source.id}--${type}--${target.id}`;
    if (!b.relations.has(rid))
      b.relations.set(rid, { id: rid, type, source: source.id, target: target.id, dates: [], evidence: [whole] });
  }
  b.text += t;
  b.sentences.push({ id, paragraphId, start, end: b.text.length });
}

function paragraph(
  b: Builder,
  rnd: Random,
  id: string,
  role: Paragraph["role"],
  partId: string | null,
  count: number,
  scale: number,
) {
  const start = b.text.length;
  const sentenceIds: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i > 1) b.text += " ";
    sentence(b, rnd, id, `${id}-s${i}`, scale);
    sentenceIds.push(`${id}-s${i}`);
  }
  b.paragraphs.push({ id, role, partId, sentenceIds, start, end: b.text.length });
}

/**
 * A schema-valid report document that looks like the real one (length, entity counts, relation
 * density, date spread) but is made up from a seed. Always marked `synthetic: true`.
 */
export function generateReport(seed: number, { scale = 1 }: { scale?: number } = {}): ReportDocument {
  const rnd = seeded(seed);
  const id = `synthetic-${seed}`;
  const b: Builder = { text: "", paragraphs: [], sentences: [], entities: new Map(), relations: new Map() };
  b.text = "Bureau of Synthetic Affairs";
  b.paragraphs.push({
    id: "bureau",
    role: "bureau",
    partId: null,
    sentenceIds: ["bureau-s1"],
    start: 0,
    end: b.text.length,
  });
  b.sentences.push({ id: "bureau-s1", paragraphId: "bureau", start: 0, end: b.text.length });
  b.text += "\n\n\n";
  paragraph(b, rnd, "intro", "intro", null, 2, scale);
  const parts: ReportDocument["structure"]["parts"] = [];
  let n = 0;
  PARTS.forEach((part, i) => {
    b.text += "\n\n";
    const start = b.text.length;
    b.text += part.heading;
    const p = {
      id: `part-${i + 1}`,
      number: i + 1,
      heading: part.heading,
      start,
      end: b.text.length,
      paragraphIds: [] as string[],
    };
    parts.push(p);
    for (let k = 0; k < part.paragraphs * scale; k++) {
      b.text += "\n\n";
      n += 1;
      paragraph(b, rnd, `p${n}`, "body", p.id, rnd.int(3, 5), scale);
      p.paragraphIds.push(`p${n}`);
    }
  });
  const external = (value: string) => ({
    value,
    basis: "external" as const,
    source: `synthetic: generated by @report/bench from seed ${seed}`,
  });
  return {
    schemaVersion: 1,
    id,
    dataVersion: "0.0.0",
    synthetic: true,
    metadata: {
      title: external(`Synthetic report ${seed} (not a real report)`),
      series: external("Synthetic series"),
      bureau: external("Bureau of Synthetic Affairs"),
      publisher: external("nobody: synthetic data"),
      country: external(`Synthetic country ${seed}`),
      region: external("Synthetic region"),
      editionYear: external("2010"),
      periodCovered: external("2009"),
      originalUrl: external("about:blank"),
      rights: external("synthetic test data"),
    },
    source: {
      filename: `${id}.txt`,
      text: b.text,
      sha256: createHash("sha256").update(b.text).digest("hex"),
      bytes: b.text.length,
      encoding: "ascii",
      offsetUnit: "utf-16-code-unit",
    },
    defects: [],
    structure: {
      bureauParagraphId: "bureau",
      introParagraphId: "intro",
      parts,
      paragraphs: b.paragraphs,
      sentences: b.sentences,
    },
    entities: [...b.entities.values()],
    relations: [...b.relations.values()],
  };
}

/** `count` documents from consecutive seeds. */
export const generateCorpus = (count: number, firstSeed = 1) =>
  Array.from({ length: count }, (_, i) => generateReport(firstSeed + i));
