import { z } from "zod";
import { IdSchema } from "./ids.ts";

/** `[start, end)` in UTF-16 code units (JavaScript string indices) into `source.text`. */
const span = { start: z.int().nonnegative(), end: z.int().positive() };

export const SentenceSchema = z.strictObject({ id: IdSchema, paragraphId: IdSchema, ...span });
export type Sentence = z.infer<typeof SentenceSchema>;

export const ParagraphSchema = z.strictObject({
  id: IdSchema,
  /** `bureau` is the issuing line, `intro` the paragraph before Part 1, `body` the rest. */
  role: z.enum(["bureau", "intro", "body"]),
  partId: IdSchema.nullable(),
  sentenceIds: z.array(IdSchema).min(1),
  ...span,
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const PartSchema = z.strictObject({
  id: IdSchema,
  number: z.int().positive(),
  /** The heading exactly as printed, e.g. "Part 1: U.S. Government's Democracy Objectives". */
  heading: z.string().min(1),
  /** The span of the heading line. */
  ...span,
  paragraphIds: z.array(IdSchema).min(1),
});
export type Part = z.infer<typeof PartSchema>;

export const StructureSchema = z.strictObject({
  bureauParagraphId: IdSchema,
  introParagraphId: IdSchema,
  parts: z.array(PartSchema),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
});
export type Structure = z.infer<typeof StructureSchema>;
