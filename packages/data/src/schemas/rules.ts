import { edtfBounds } from "../dates.ts";
import type { ReportDocumentShape } from "./report.ts";
import { type Issue, type Path, walk } from "./walk.ts";

/** Relation types that read the same both ways: A–B and B–A would be one fact stored twice. */
const SYMMETRIC = new Set(["coordinates-with", "cooperates-with", "has-diplomatic-relations-with", "partner-of"]);
const BELONGS = new Set(["part-of", "member-of"]);
/** Kinds that are bodies, posts or missions of a state, and so must reach a country. */
const OF_A_STATE = new Set(["public-body", "mission", "post"]);
const YEAR = /\b(1[89]|20)\d{2}\b/;

/**
 * The graph rules of the data model: every fact once, no orphan entity, a date wherever the
 * quoted words give one, sanction histories in order and consistent with their status, every
 * body, post and mission (and group of officials) reaching a country, relations stated or sourced.
 */
export function graphIssues(doc: ReportDocumentShape): Issue[] {
  return [
    ...onceIssues(doc),
    ...orphanIssues(doc),
    ...eventDateIssues(doc),
    ...sanctionIssues(doc),
    ...belongingIssues(doc),
    ...orderIssues(doc),
    ...dateWordIssues(doc),
    ...publishedIssues(doc),
  ];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Every date says no more than its words: each year of the EDTF is printed in the quote, a month
 * is named there, and a day is a number there. "May 2009" can be 2009-05, never 2009-05-17 or 2011.
 */
function dateWordIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const { source, structure, ...records } = doc;
  walk(records, [], (value, path) => {
    const d = value as { edtf?: unknown; evidence?: { quote?: unknown } } | null;
    if (!d || typeof d.edtf !== "string" || typeof d.evidence?.quote !== "string") return undefined;
    const quote = d.evidence.quote.toLowerCase();
    for (const part of d.edtf
      .replace(/[{}[\]?~%]/g, "")
      .split(/[/,]|\.\./)
      .filter(Boolean)) {
      const [year, month, day] = part.split("-");
      const missing =
        (year && !quote.includes(year) && `the year ${year}`) ||
        (month && !new RegExp(`\\b${MONTHS[Number(month) - 1]}`).test(quote) && `the month ${month}`) ||
        (day && !new RegExp(`\\b0?${Number(day)}\\b`).test(quote) && `the day ${day}`);
      if (missing)
        issues.push({
          code: "date-not-in-words",
          path: [...path, "edtf"],
          message: `'${d.edtf}' says ${missing}, which its words "${d.evidence.quote}" do not give`,
        });
    }
    return false;
  });
  return issues;
}

/** Review marks come in pairs; a published document holds none, and no placeholder left to fill in. */
function publishedIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const { source, structure, ...rest } = doc;
  walk(rest, [], (value, path) => {
    const object = value && typeof value === "object" && !Array.isArray(value);
    if (object && "draft" in value !== "confidence" in value)
      issues.push({
        code: "draft-marks",
        path: [...path, "draft" in value ? "confidence" : "draft"],
        message: "`draft: true` and `confidence` go together: a candidate has both, a confirmed record neither",
      });
    if (doc.status !== "published") return undefined;
    if (object)
      for (const mark of ["draft", "confidence"])
        if (mark in value)
          issues.push({
            code: "draft-left",
            path: [...path, mark],
            message: `a published document still has the review mark '${mark}'`,
          });
    if (typeof value === "string" && /\bto fill in\b/i.test(value))
      issues.push({ code: "placeholder-left", path, message: `a published document still says "${value}"` });
    return undefined;
  });
  return issues;
}

function onceIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const events = new Map<string, string>();
  doc.events.forEach((e, i) => {
    const when = e.date?.edtf ?? (e.after ? `after ${e.after.after}` : "");
    const key = [
      e.type,
      [...e.agents].sort(),
      [...e.targets].sort(),
      when,
      e.place ?? "",
      e.concerns,
      e.instruments,
    ].join("|");
    const other = events.get(key);
    if (other)
      issues.push({
        code: "fact-twice",
        path: ["events", i],
        message: `records the same ${e.type} as event '${other}' (same agents, targets and date)`,
      });
    events.set(key, e.id);
  });
  const relations = new Set(doc.relations.map((r) => r.id));
  doc.relations.forEach((r, i) => {
    if (SYMMETRIC.has(r.type) && relations.has(`${r.target}--${r.type}--${r.source}`) && r.source > r.target)
      issues.push({
        code: "fact-twice",
        path: ["relations", i],
        message: `'${r.type}' reads both ways and is also recorded as '${r.target}--${r.type}--${r.source}'`,
      });
    if (r.evidence.length === 0 && !r.external)
      issues.push({
        code: "unsupported-relation",
        path: ["relations", i, "evidence"],
        message: "a relation needs evidence, or `external` with a source",
      });
  });
  return issues;
}

/** Every id that a record refers to. */
function referencedIds(doc: ReportDocumentShape): Set<string> {
  const ids = new Set<string>();
  const add = (...xs: (string | undefined)[]) => {
    for (const x of xs) if (x) ids.add(x);
  };
  for (const e of doc.entities) if (e.kind === "program") add(...e.agents, ...e.targets);
  for (const e of doc.events) add(...e.agents, ...e.targets, ...e.instruments, e.place);
  for (const s of doc.sanctions) add(s.authority, ...s.targets);
  for (const r of doc.restrictions) add(r.authority, ...r.targets);
  for (const s of doc.strategies) {
    add(s.owner, ...s.targets);
    for (const g of s.goals) add(...g.targets);
    for (const a of s.priorityAreas) add(...a.focus, ...a.subGoals.flatMap((g) => g.targets));
  }
  for (const r of doc.relations) add(r.source, r.target);
  return ids;
}

function orphanIssues(doc: ReportDocumentShape): Issue[] {
  const used = referencedIds(doc);
  return doc.entities.flatMap((e, i) =>
    used.has(e.id)
      ? []
      : [
          {
            code: "orphan",
            path: ["entities", i] as Path,
            message: `entity '${e.id}' takes part in no event, sanction, restriction, strategy or relation`,
          },
        ],
  );
}

function eventDateIssues(doc: ReportDocumentShape): Issue[] {
  return doc.events.flatMap((e, i) => {
    if (e.date || e.after) return [];
    const dated = e.evidence.find((ev) => YEAR.test(ev.quote));
    return dated
      ? [
          {
            code: "missing-date",
            path: ["events", i, "date"] as Path,
            message: `its words give a date ("${dated.quote}") but the event has no date`,
          },
        ]
      : [];
  });
}

/** A sortable start for an event: its date's first day, or just after the event it follows. */
function eventStart(doc: ReportDocumentShape): (id: string) => string | null {
  const byId = new Map(doc.events.map((e) => [e.id, e]));
  const start = (id: string, depth = 0): string | null => {
    const e = byId.get(id);
    if (!e || depth > byId.size) return null;
    if (e.date) return edtfBounds(e.date.edtf).start;
    const anchor = e.after ? start(e.after.after, depth + 1) : null;
    return anchor === null ? null : `${anchor}+`;
  };
  return start;
}

function sanctionIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const start = eventStart(doc);
  const byId = new Map(doc.sanctions.map((s) => [s.id, s]));
  doc.sanctions.forEach((s, i) => {
    const at: Path = ["sanctions", i];
    let previous: string | null = null;
    s.history.forEach((h, j) => {
      const when = start(h.event);
      if (when === null)
        issues.push({
          code: "history-undated",
          path: [...at, "history", j, "event"],
          message: `event '${h.event}' has no date and follows no dated event`,
        });
      else if (previous !== null && when < previous)
        issues.push({
          code: "history-order",
          path: [...at, "history", j],
          message: `out of chronological order: '${h.event}' comes before the entry above it`,
        });
      if (when !== null) previous = when;
    });
    const last = s.history[s.history.length - 1];
    if (last && s.status !== last.status)
      issues.push({
        code: "status-mismatch",
        path: [...at, "status"],
        message: `is '${s.status}' but the last history entry says '${last.status}'`,
      });
    const run = [...s.history].reverse().findIndex((h) => h.status !== s.status);
    const setter = s.history[run === -1 ? 0 : s.history.length - run];
    if (setter && s.statusWord !== setter.statusWord)
      issues.push({
        code: "status-mismatch",
        path: [...at, "statusWord"],
        message: `must be '${setter.statusWord}', the word of the entry that set the status`,
      });
    const seen = new Set([s.id]);
    for (let p = s.partOf; p; p = byId.get(p)?.partOf) {
      if (seen.has(p)) {
        issues.push({ code: "part-of-cycle", path: [...at, "partOf"], message: "partOf goes round in a circle" });
        break;
      }
      seen.add(p);
    }
  });
  return issues;
}

function belongingIssues(doc: ReportDocumentShape): Issue[] {
  const kind = new Map(doc.entities.map((e) => [e.id, e.kind]));
  const up = new Map<string, string[]>();
  for (const r of doc.relations) if (BELONGS.has(r.type)) up.set(r.source, [...(up.get(r.source) ?? []), r.target]);
  const reachesCountry = (id: string): boolean => {
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (kind.get(next) === "country") return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(up.get(next) ?? []));
    }
    return false;
  };
  return doc.entities.flatMap((e, i) =>
    (OF_A_STATE.has(e.kind) || (e.kind === "group" && /\bofficials$/.test(e.name))) && !reachesCountry(e.id)
      ? [
          {
            code: "not-in-a-country",
            path: ["entities", i] as Path,
            message: `${e.kind} '${e.id}' does not reach a country through part-of or member-of`,
          },
        ]
      : [],
  );
}

/** Goals, priority areas and sub-goals are listed in the order the text gives them. */
function orderIssues(doc: ReportDocumentShape): Issue[] {
  const issues: Issue[] = [];
  const inOrder = (items: { evidence: { start: number } }[], path: Path) =>
    items.forEach((item, i) => {
      const prev = items[i - 1];
      if (prev && item.evidence.start < prev.evidence.start)
        issues.push({
          code: "text-order",
          path: [...path, i],
          message: "is listed before an item that comes earlier in the text",
        });
    });
  doc.strategies.forEach((s, i) => {
    inOrder(s.goals, ["strategies", i, "goals"]);
    inOrder(s.priorityAreas, ["strategies", i, "priorityAreas"]);
    for (const [j, a] of s.priorityAreas.entries())
      inOrder(a.subGoals, ["strategies", i, "priorityAreas", j, "subGoals"]);
  });
  return issues;
}
