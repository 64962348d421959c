import type { Entity, Evidence } from "@report/data";
import {
  datedWords,
  eventSentence,
  kindLabel,
  propertyLabel,
  quantityWords,
  quoteInContext,
  recordKindLabel,
  recordSentence,
  recordTitle,
  relationTypeLabel,
  restrictionSentence,
  sanctionChain,
  sanctionSentence,
  strategySentence,
  typedRecord,
} from "@report/view";
import { findRecord } from "../find.ts";
import { read } from "./read.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report show <id>`: one entity (or any other record) with its values, what it takes part in, and evidence. */
export function show(ctx: Ctx, id: string): Output {
  const refused = tooLong("id", id);
  if (refused) return refused;
  const { report } = ctx.model;
  // An id, else a name ("Embassy Minsk"); a paragraph or sentence is read.
  const { found: where, suggestions } = findRecord(ctx.model, id);
  if (where?.kind === "paragraph" || where?.kind === "sentence") return read(ctx, where.id);
  const found = where ? typedRecord(report, where.id) : undefined;
  if (found?.kind === "entity") return ctx.json ? json(found.record) : ok(formatEntity(ctx, found.record));
  if (found && where) return ctx.json ? json(found.record) : ok(formatRecord(ctx, where.id));
  const closest = suggestions.length ? ` Closest: ${suggestions.slice(0, 3).join("; ")}` : "";
  return fail(`nothing has the id or name '${id}'.${closest}`);
}

/** The quote, where it is, and (when longer) the sentence it sits in with the quote marked. */
export function quoteLine(ctx: Ctx, ev: Evidence): string {
  const q = quoteInContext(ctx.model.report, ev);
  const head = `"${ev.quote}" ${ctx.style.dim(`[${ev.sentenceIds.join(", ")}]`)}`;
  if (!q.before.trim() && !q.after.trim()) return head;
  return `${head}\n      in: ${q.before}${ctx.style.mark(q.quote)}${q.after}`;
}

function formatEntity(ctx: Ctx, e: Entity): string {
  const { bold, dim } = ctx.style;
  const doc = ctx.model.report;
  const lines = [`${bold(e.name)}  ${dim(`(${kindLabel(e.kind)}, ${e.id})`)}`];
  if (e.aliases.length) lines.push(`also: ${e.aliases.join("; ")}`);
  const section = (title: string, rows: string[]) => {
    if (rows.length) lines.push("", bold(title), ...rows.map((r) => `  ${r}`));
  };
  section(
    "Properties",
    e.properties.map((p) => `${propertyLabel(p.name)}: ${p.value}`),
  );
  section(
    "Dates",
    e.dates.map((d) => datedWords(d)),
  );
  section(
    "Quantities",
    e.quantities.map((q) => `${quantityWords(q)}: ${q.counts}`),
  );
  const involved = ctx.model.index.involving(e.id);
  section("Takes part in", [
    ...involved.events.map((x) => eventSentence(doc, x)),
    ...involved.sanctions.map((x) => sanctionSentence(doc, x)),
    ...involved.restrictions.map((x) => restrictionSentence(doc, x)),
    ...involved.strategies.map((x) => strategySentence(doc, x)),
    ...involved.programs.map((x) => x.name),
  ]);
  const name = (id: string) => ctx.model.index.getEntity(id)?.name ?? id;
  const qualifiers = (words: string[]) => (words.length ? ` (${words.join("; ")})` : "");
  section("Relations", [
    ...involved.relations.outgoing.map(
      (r) =>
        `-> ${relationTypeLabel(r.type)} ${name(r.target)} ${dim(`(${r.target})`)}${qualifiers(r.qualifiers.map((q) => q.word))}`,
    ),
    ...involved.relations.incoming.map(
      (r) =>
        `<- ${name(r.source)} ${dim(`(${r.source})`)} ${relationTypeLabel(r.type)} this${qualifiers(r.qualifiers.map((q) => q.word))}`,
    ),
  ]);
  section(
    "Evidence",
    e.evidence.map((ev) => quoteLine(ctx, ev)),
  );
  return `${lines.join("\n")}\n`;
}

/** An event, sanction, restriction, strategy, goal or relation: its sentence, its chain, its evidence. */
function formatRecord(ctx: Ctx, id: string): string {
  const doc = ctx.model.report;
  const r = typedRecord(doc, id);
  const lines = [ctx.style.bold(recordTitle(doc, id) ?? id), ctx.style.dim(`(${recordKindLabel(doc, id)}, ${id})`)];
  lines.push(recordSentence(doc, id) ?? "");
  if (r?.kind === "sanction") {
    // The steps of the sanctions it is part of say so, as in the explorer; then the conditions.
    const chain = sanctionChain(doc, r.record);
    lines.push("", ctx.style.bold("History"), ...chain.steps.map((s) => `  ${s.text}${s.from ? ` (${s.from})` : ""}`));
    for (const c of chain.conditions)
      lines.push("", ctx.style.bold("Condition"), `  ${c.text}${c.from ? ` (${c.from})` : ""}`);
  }
  if (r?.kind === "strategy" && r.record.priorityAreas.length > 0) {
    lines.push("", ctx.style.bold("Priority areas"));
    for (const a of r.record.priorityAreas) lines.push(`  ${a.name}`, ...a.subGoals.map((g) => `    - ${g.name}`));
  }
  const evidence = r ? [r.record.evidence].flat() : [];
  if (evidence.length) lines.push("", ctx.style.bold("Evidence"), ...evidence.map((ev) => `  ${quoteLine(ctx, ev)}`));
  return `${lines.join("\n")}\n`;
}
