import type { Entity, Evidence, Relation } from "@report/data";
import { datePrecision } from "@report/data";
import { closestIds, quoteInContext, relationLabel } from "../model.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report show <id>`: one entity (or relation) with its values, relations and evidence. */
export function show(ctx: Ctx, id: string): Output {
  const refused = tooLong("id", id);
  if (refused) return refused;
  const { index, report } = ctx.model;
  const entity = index.getEntity(id);
  if (entity) return ctx.json ? json(entity) : ok(formatEntity(ctx, entity));
  const relation = index.getRelation(id);
  if (relation) return ctx.json ? json(relation) : ok(formatRelation(ctx, relation));
  const close = closestIds(
    report.entities.map((e) => e.id),
    id,
  );
  return fail(`no entity '${id}'. Closest ids: ${close.join(", ")}\n`);
}

/** The quote, where it is, and (when longer) the sentence it sits in with the quote marked. */
export function quoteLine(ctx: Ctx, ev: Evidence): string {
  const q = quoteInContext(ctx.model, ev);
  const head = `"${ev.quote}" ${ctx.style.dim(`[${ev.sentenceIds.join(", ")}]`)}`;
  if (q.text.trim() === ev.quote.trim()) return head;
  const text = q.text.slice(0, q.start) + ctx.style.mark(q.text.slice(q.start, q.end)) + q.text.slice(q.end);
  return `${head}\n      in: ${text}`;
}

const relationExtra = (r: Relation) => {
  const bits = [r.status?.word, ...r.dates.map((d) => `${d.edtf} ${datePrecision(d.edtf)}`)].filter(Boolean);
  return bits.length ? ` (${bits.join("; ")})` : "";
};

function formatEntity(ctx: Ctx, e: Entity): string {
  const { bold, dim } = ctx.style;
  const lines = [`${bold(e.name)}  ${dim(`(${e.kind}, ${e.id})`)}`];
  if (e.aliases.length) lines.push(`also: ${e.aliases.join("; ")}`);
  if (e.status) lines.push(`status: ${e.status.word}`);
  const section = (title: string, rows: string[]) => {
    if (rows.length) lines.push("", bold(title), ...rows.map((r) => `  ${r}`));
  };
  section(
    "Properties",
    e.properties.map((p) => `${p.name}: ${p.value}`),
  );
  section(
    "Dates",
    e.dates.map((d) => `${d.edtf} (${datePrecision(d.edtf)}) ${d.role}`),
  );
  section(
    "Quantities",
    e.quantities.map((q) => `${q.type === "count" ? q.value : `${q.min}-${q.max}`} ${q.unit}: ${q.counts}`),
  );
  const { outgoing, incoming } = ctx.model.index.relationsOf(e.id);
  const name = (id: string) => ctx.model.index.getEntity(id)?.name ?? id;
  section("Relations", [
    ...outgoing.map((r) => `-> ${r.type} ${name(r.target)} ${dim(`(${r.target})`)}${relationExtra(r)}`),
    ...incoming.map((r) => `<- ${name(r.source)} ${dim(`(${r.source})`)} ${r.type} this${relationExtra(r)}`),
  ]);
  section(
    "Evidence",
    e.evidence.map((ev) => quoteLine(ctx, ev)),
  );
  return `${lines.join("\n")}\n`;
}

function formatRelation(ctx: Ctx, r: Relation): string {
  const lines = [ctx.style.bold(relationLabel(ctx.model, r)), ctx.style.dim(`(relation ${r.id})`)];
  if (r.status) lines.push(`status: ${r.status.word}`);
  for (const d of r.dates) lines.push(`date: ${d.edtf} (${datePrecision(d.edtf)}) ${d.role}`);
  lines.push("", ctx.style.bold("Evidence"), ...r.evidence.map((ev) => `  ${quoteLine(ctx, ev)}`));
  return `${lines.join("\n")}\n`;
}
