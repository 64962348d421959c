import type { Evidence } from "./evidence.ts";
import type { ReportDocumentShape } from "./report.ts";
import { type Issue, isEvidence, isWordInQuote, type Path, walk } from "./walk.ts";

// C0 and C1 controls; the source text and quotes (its slices) are exempt: defects are recorded, not repaired.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks a plain shape cannot express: every quote is the slice it claims, every status word and
 * qualifier is in its quote, every id is unique, every reference resolves to a record of the
 * right collection, and no string outside the source text holds a control character.
 */
export function integrityIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const text = doc.source.text;
  const paragraphs = new Map(doc.structure.paragraphs.map((p) => [p.id, p]));
  const sentences = new Map(doc.structure.sentences.map((s) => [s.id, s]));

  const checkEvidence = (ev: Evidence, path: Path) => {
    if (ev.end <= ev.start || ev.end > text.length) {
      issues.push({
        code: "span-outside-text",
        path,
        message: `span [${ev.start}, ${ev.end}) is outside the source text (length ${text.length})`,
      });
      return;
    }
    if (text.slice(ev.start, ev.end) !== ev.quote)
      issues.push({
        code: "quote-mismatch",
        path: [...path, "quote"],
        message: `source.text.slice(${ev.start}, ${ev.end}) does not equal the quote`,
      });
    const p = paragraphs.get(ev.paragraphId);
    if (!p)
      issues.push({
        code: "dangling-reference",
        path: [...path, "paragraphId"],
        message: `no paragraph '${ev.paragraphId}'`,
      });
    else if (ev.start < p.start || ev.end > p.end)
      issues.push({
        code: "span-outside-paragraph",
        path: [...path, "paragraphId"],
        message: `span is not inside paragraph '${p.id}'`,
      });
    ev.sentenceIds.forEach((id, i) => {
      const s = sentences.get(id);
      if (!s)
        issues.push({ code: "dangling-reference", path: [...path, "sentenceIds", i], message: `no sentence '${id}'` });
      else if (ev.end <= s.start || ev.start >= s.end)
        issues.push({
          code: "span-outside-sentence",
          path: [...path, "sentenceIds", i],
          message: `span does not overlap sentence '${id}'`,
        });
    });
  };

  const { source, structure, ...rest } = doc;
  walk(rest, [], (value, path) => {
    if (isEvidence(value)) {
      checkEvidence(value, path);
      return false;
    }
    if (isWordInQuote(value) && !value.evidence.quote.includes(value.word))
      issues.push({
        code: "word-not-in-quote",
        path: [...path, "word"],
        message: `'${value.word}' is not in its quote "${value.evidence.quote}"`,
      });
    if (typeof value === "string" && CONTROL.test(value))
      issues.push({ code: "control-character", path, message: "contains a control character (C0 or C1)" });
    return undefined;
  });

  issues.push(...idIssues(doc), ...referenceIssues(doc));
  for (const [i, s] of structure.sentences.entries())
    if (!paragraphs.has(s.paragraphId))
      issues.push({
        code: "dangling-reference",
        path: ["structure", "sentences", i, "paragraphId"],
        message: `no paragraph '${s.paragraphId}'`,
      });
  const bytes = source.encoding === "ascii" ? source.text.length : new TextEncoder().encode(source.text).length;
  if (bytes !== source.bytes)
    issues.push({
      code: "source-bytes",
      path: ["source", "bytes"],
      message: `the text has ${bytes} bytes but bytes says ${source.bytes}`,
    });
  return issues;
}

/** Every record id (and goal and priority-area id) once across the whole document. */
function idIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const see = (id: string, path: Path) => {
    if (seen.has(id)) issues.push({ code: "duplicate-id", path, message: `duplicate id '${id}'` });
    seen.add(id);
  };
  for (const key of ["entities", "events", "sanctions", "restrictions", "relations"] as const)
    for (const [i, r] of doc[key].entries()) see(r.id, [key, i, "id"]);
  doc.strategies.forEach((s, i) => {
    see(s.id, ["strategies", i, "id"]);
    for (const [j, g] of s.goals.entries()) see(g.id, ["strategies", i, "goals", j, "id"]);
    s.priorityAreas.forEach((a, j) => {
      see(a.id, ["strategies", i, "priorityAreas", j, "id"]);
      for (const [k, g] of a.subGoals.entries()) see(g.id, ["strategies", i, "priorityAreas", j, "subGoals", k, "id"]);
    });
  });
  doc.relations.forEach((r, i) => {
    const id = `${r.source}--${r.type}--${r.target}`;
    if (r.id !== id)
      issues.push({
        code: "relation-id",
        path: ["relations", i, "id"],
        message: `must be '${id}' (source--type--target)`,
      });
  });
  return issues;
}

/** Every reference names a record of the collection it must point into. */
function referenceIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const entities = new Set(doc.entities.map((e) => e.id));
  const events = new Set(doc.events.map((e) => e.id));
  const sanctions = new Set(doc.sanctions.map((s) => s.id));
  const ref = (set: Set<string>, what: string) => (id: string | undefined, path: Path) => {
    if (id !== undefined && !set.has(id))
      issues.push({ code: "dangling-reference", path, message: `no ${what} '${id}'` });
  };
  const entity = ref(entities, "entity");
  const event = ref(events, "event");
  const all = (ids: string[], check: typeof entity, path: Path) => {
    for (const [i, id] of ids.entries()) check(id, [...path, i]);
  };

  doc.entities.forEach((e, i) => {
    if (e.kind !== "program") return;
    all(e.agents, entity, ["entities", i, "agents"]);
    all(e.targets, entity, ["entities", i, "targets"]);
  });
  doc.events.forEach((e, i) => {
    const at: Path = ["events", i];
    all(e.agents, entity, [...at, "agents"]);
    all(e.targets, entity, [...at, "targets"]);
    all(e.instruments, entity, [...at, "instruments"]);
    all(e.concerns, event, [...at, "concerns"]);
    entity(e.place, [...at, "place"]);
    event(e.after?.after, [...at, "after", "after"]);
    if (e.after?.after === e.id)
      issues.push({
        code: "dangling-reference",
        path: [...at, "after", "after"],
        message: "an event cannot follow itself",
      });
  });
  doc.sanctions.forEach((s, i) => {
    const at: Path = ["sanctions", i];
    entity(s.authority, [...at, "authority"]);
    all(s.targets, entity, [...at, "targets"]);
    ref(sanctions, "sanction")(s.partOf, [...at, "partOf"]);
    for (const [j, h] of s.history.entries()) event(h.event, [...at, "history", j, "event"]);
    for (const [j, c] of s.conditions.entries()) event(c.statedIn, [...at, "conditions", j, "statedIn"]);
  });
  doc.restrictions.forEach((r, i) => {
    entity(r.authority, ["restrictions", i, "authority"]);
    all(r.targets, entity, ["restrictions", i, "targets"]);
  });
  doc.strategies.forEach((s, i) => {
    const at: Path = ["strategies", i];
    entity(s.owner, [...at, "owner"]);
    all(s.targets, entity, [...at, "targets"]);
    all(s.means, event, [...at, "means"]);
    for (const [j, g] of s.goals.entries()) all(g.targets, entity, [...at, "goals", j, "targets"]);
    s.priorityAreas.forEach((a, j) => {
      all(a.focus, entity, [...at, "priorityAreas", j, "focus"]);
      for (const [k, g] of a.subGoals.entries())
        all(g.targets, entity, [...at, "priorityAreas", j, "subGoals", k, "targets"]);
    });
  });
  doc.relations.forEach((r, i) => {
    entity(r.source, ["relations", i, "source"]);
    entity(r.target, ["relations", i, "target"]);
  });
  return issues;
}
