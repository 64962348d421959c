declare module "edtf" {
  /** A parsed EDTF value: plain data (`values` are [year, month0, day] for a Date; members for the others). */
  export interface ParsedDate {
    type: "Date" | "Year" | "Decade" | "Century" | "Season";
    values: number[];
    level: number;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
  }
  export interface ParsedInterval {
    type: "Interval";
    /** Infinity for an open ("..") end, null for an unknown one. */
    values: [Parsed | number | null, Parsed | number | null];
    level: number;
  }
  export interface ParsedMembers {
    /** List `{…}`: all of the members; Set `[…]`: one of them. */
    type: "List" | "Set";
    values: (Parsed | [Parsed, Parsed])[];
    level: number;
  }
  export type Parsed = ParsedDate | ParsedInterval | ParsedMembers;
  /** Parses an EDTF string (levels 0 to 2); throws a syntax error when it is not EDTF. */
  export function parse(input: string, constraints?: { level?: 0 | 1 | 2 | 3 }): Parsed;
}
