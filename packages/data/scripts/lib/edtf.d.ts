declare module "edtf" {
  /** Parses an EDTF string; throws a syntax error when it is not EDTF. */
  export function parse(input: string, options?: { level?: 0 | 1 | 2 }): { type: string; level: number };
}
