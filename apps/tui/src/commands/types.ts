import type { Model } from "../model.ts";
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
export const fail = (stderr: string, code = 1): Output => ({ stdout: "", stderr, code });
export const json = (value: unknown): Output => ({ ...ok(`${JSON.stringify(value, null, 2)}\n`), json: true });
