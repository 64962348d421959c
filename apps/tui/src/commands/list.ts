import { ENTITY_KINDS, type EntityKind } from "@report/data";
import { closestIds, timeline as timelineOf } from "../model.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report entities [--kind K]`: every entity, grouped by kind. */
export function entities(ctx: Ctx, kind?: string): Output {
  const refused = kind === undefined ? undefined : tooLong("kind", kind);
  if (refused) return refused;
  if (kind !== undefined && !(ENTITY_KINDS as readonly string[]).includes(kind)) {
    return fail(`unknown kind '${kind}'. Closest kinds: ${closestIds(ENTITY_KINDS, kind).join(", ")}\n`, 2);
  }
  const list = kind ? ctx.model.index.entitiesOfKind(kind as EntityKind) : ctx.model.report.entities;
  if (ctx.json) return json(list);
  const kinds = ENTITY_KINDS.filter((k) => list.some((e) => e.kind === k));
  const lines = list.length === 0 ? ["(none)"] : [];
  for (const k of kinds) {
    if (!kind) lines.push(ctx.style.bold(k));
    for (const e of list.filter((x) => x.kind === k)) lines.push(`${kind ? "" : "  "}${e.id}\t${e.name}`);
  }
  return ok(`${lines.join("\n")}\n`);
}

/** `report timeline`: every dated fact, oldest first. */
export function timeline(ctx: Ctx): Output {
  const items = timelineOf(ctx.model);
  if (ctx.json) return json(items);
  const lines = items.map(
    (i) =>
      `${i.edtf.padEnd(11)} ${ctx.style.dim(i.precision.padEnd(13))} ${i.ownerLabel}: ${i.role} ${ctx.style.dim(`[${i.evidence.paragraphId}]`)}`,
  );
  return ok(`${lines.join("\n")}\n`);
}

/** `report search <query>`: ranked hits from the shared search. */
export function search(ctx: Ctx, query: string, opts: { limit?: number; kind?: string } = {}): Output {
  if (query.trim() === "") return fail("nothing to search for: give some words, e.g. report search sanctions\n", 2);
  if (opts.kind !== undefined && opts.kind !== "entity" && opts.kind !== "paragraph") {
    return fail(`unknown result kind '${opts.kind}': use entity or paragraph\n`, 2);
  }
  const hits = ctx.model.search.search(query, { limit: opts.limit ?? 20, kind: opts.kind });
  if (ctx.json) return json(hits);
  if (hits.length === 0) return ok(`no results for '${query}'\n`);
  const { bold, dim, mark } = ctx.style;
  const lines = hits.flatMap((h) => {
    let snip = "";
    let at = 0;
    for (const [s, e] of h.snippet.highlights) {
      snip += h.snippet.text.slice(at, s) + mark(h.snippet.text.slice(s, e));
      at = e;
    }
    snip += h.snippet.text.slice(at);
    const where = h.kind === "entity" ? `entity ${h.id}` : `${h.sentenceId ?? h.paragraphId}`;
    return [`${bold(h.title)} ${dim(`(${h.context}; ${where})`)}`, `  ${snip}`];
  });
  return ok(`${lines.join("\n")}\n`);
}
