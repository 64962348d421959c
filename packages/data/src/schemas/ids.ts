import { z } from "zod";

/** A stable, readable slug such as `embassy-minsk`. Relation ids join slugs with `--`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/, "must be a lowercase slug like 'embassy-minsk'")
  .meta({ id: "Id", description: "A record id: a lowercase slug such as `embassy-minsk`" });
export type Id = z.infer<typeof IdSchema>;

/** A plain slug with single dashes, for documents and defects: `afdr-2010-belarus`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug like 'afdr-2010-belarus'");
