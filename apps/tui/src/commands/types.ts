import { MAX_ID_LENGTH, type Model } from "../model.ts";
import type { Style } from "../style.ts";

/** What a command prints and how it exits; the CLI does the I/O. */
export interface Output {
  stdout: string;
  stderr: string;
  code: number;
  /** Machine-readable output: printed exactly as produced. */
  json?: boolean;
}

export interface Ctx {
  model: Model;
  style: Style;
  json: boolean;
}

export const ok = (stdout: string): Output => ({ stdout, stderr: "", code: 0 });
/** A one-line reason to stop, said as every message of `report` is: `report: …`. */
export const fail = (reason: string, code = 1): Output => ({ stdout: "", stderr: `report: ${reason}\n`, code });
/** Refuses an id or name too long to be one (bad usage), without echoing it; undefined when it is fine. */
export const tooLong = (what: string, value: string): Output | undefined =>
  value.length > MAX_ID_LENGTH
    ? fail(`${what} too long: ${value.length} characters (at most ${MAX_ID_LENGTH})`, 2)
    : undefined;
export const json = (value: unknown): Output => ({ ...ok(`${JSON.stringify(value, null, 2)}\n`), json: true });
