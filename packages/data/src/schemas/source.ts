import { z } from "zod";

export const SourceSchema = z.strictObject({
  /** File name of the canonical text inside the package (`data/source.txt`). */
  filename: z.string().min(1),
  /** The canonical text, byte for byte. Every offset in the document points into it. */
  text: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex sha256"),
  bytes: z.int().positive(),
  /** `ascii` for the published report; `utf-8` for other texts (offsets still count UTF-16 code units). */
  encoding: z.enum(["ascii", "utf-8"]),
  /** Offsets count UTF-16 code units; for ASCII text these equal code points and bytes. */
  offsetUnit: z.literal("utf-16-code-unit"),
});
export type Source = z.infer<typeof SourceSchema>;
