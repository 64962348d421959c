import { citations } from "@report/view/cite";
import { findRecord } from "../find.ts";
import { type Ctx, fail, json, type Output, ok, tooLong } from "./types.ts";

const FORMATS = { apa: "apa", chicago: "chicago", bibtex: "bibtex", ris: "ris", csl: "cslJson" } as const;
type Format = keyof typeof FORMATS;

/** `report cite <id-or-name> [--format F]`: a passage's or record's citation, its URL on the website at `siteUrl`. */
export function cite(ctx: Ctx, query: string, format: string, siteUrl: string): Output {
  const refused = tooLong("id", query);
  if (refused) return refused;
  if (!Object.hasOwn(FORMATS, format))
    return fail(`unknown citation format '${format}': use ${Object.keys(FORMATS).join(", ")}`, 2);
  const { found, suggestions } = findRecord(ctx.model, query);
  const all = found ? citations(ctx.model.report, found.id, { baseUrl: siteUrl }) : undefined;
  if (!found || !all) {
    const closest = suggestions.length ? ` Closest: ${suggestions.slice(0, 3).join("; ")}` : "";
    return fail(`nothing to cite with the id or name '${query}'.${closest}`);
  }
  if (ctx.json) return json(JSON.parse(all.cslJson));
  return ok(`${all[FORMATS[format as Format]]}\n`);
}
