import type { EntityKind } from "@report/data";
import { HIT_KINDS, type HitKind } from "@report/search";
import { ENTITY_KIND_LIST, kindLabel, pairSpans, passage, timelineEntries } from "@report/view";
import { nearIds } from "../model.ts";
import { markSpans } from "../style.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

/** `report entities [--kind K]`: every entity, grouped by kind. */
export function entities(ctx: Ctx, kind?: string): Output {
  const refused = kind === undefined ? undefined : tooLong("kind", kind);
  if (refused) return refused;
  if (kind !== undefined && !(ENTITY_KIND_LIST as readonly string[]).includes(kind)) {
    const near = nearIds(ENTITY_KIND_LIST, kind);
    const kinds = near.length ? `closest: ${near.join(", ")}` : `use one of ${ENTITY_KIND_LIST.join(", ")}`;
    return fail(`unknown kind '${kind}' (${kinds})`, 2);
  }
  const list = kind ? ctx.model.index.entitiesOfKind(kind as EntityKind) : ctx.model.report.entities;
  if (ctx.json) return json(list);
  const kinds = ENTITY_KIND_LIST.filter((k) => list.some((e) => e.kind === k));
  const lines = list.length === 0 ? ["(none)"] : [];
  for (const k of kinds) {
    if (!kind) lines.push(ctx.style.bold(kindLabel(k)));
    for (const e of list.filter((x) => x.kind === k)) lines.push(`${kind ? "" : "  "}${e.id}\t${e.name}`);
  }
  return ok(`${lines.join("\n")}\n`);
}

/** `report timeline`: every dated record once, oldest first, dates in words. */
export function timeline(ctx: Ctx): Output {
  const entries = timelineEntries(ctx.model.report);
  if (ctx.json) return json(entries);
  const w = Math.min(24, Math.max(0, ...entries.map((t) => t.when.length)));
  const lines = entries.map(
    (t) =>
      `${t.when.padEnd(w)}  ${t.label} ${ctx.style.dim(`[${t.evidence.sentenceIds[0] ?? t.evidence.paragraphId}]`)}`,
  );
  return ok(`${lines.join("\n")}\n`);
}

/** `report search <query>`: ranked hits from the shared search. */
export function search(ctx: Ctx, query: string, opts: { limit?: number; kind?: string } = {}): Output {
  if (query.trim() === "") return fail("nothing to search for: give some words, e.g. report search sanctions", 2);
  if (opts.kind !== undefined && !(HIT_KINDS as readonly string[]).includes(opts.kind)) {
    return fail(`unknown result kind '${opts.kind}': use ${HIT_KINDS.join(", ")}`, 2);
  }
  const hits = ctx.model.search.search(query, { limit: opts.limit ?? 20, kind: opts.kind as HitKind | undefined });
  // No hit is "not found" (exit 1), as for every other command; --json still prints its (empty) list.
  if (ctx.json) return { ...json(hits), code: hits.length ? 0 : 1 };
  if (hits.length === 0) return fail(`no results for '${query}'`);
  const { bold, dim, mark } = ctx.style;
  const lines = hits.flatMap((h) => {
    const snip = markSpans(h.snippet.text, pairSpans(h.snippet.highlights), mark);
    const where =
      h.kind === "paragraph"
        ? `${passage(ctx.model.report, h.sentenceId ?? h.paragraphId)?.label}; ${h.sentenceId ?? h.paragraphId}`
        : `${h.kind} ${h.id}`;
    return [`${bold(h.title)} ${dim(`(${h.context}; ${where})`)}`, `  ${snip}`];
  });
  return ok(`${lines.join("\n")}\n`);
}
