import type { Evidence } from "./evidence.ts";

export type Path = (string | number)[];
/** A broken rule as data: which rule (`code`), where (`path`) and what (`message`). */
export type Issue = { code: string; path: Path; message: string };

/** Visits every value under `node` depth first; `visit` returns false to skip a subtree. */
export function walk(node: unknown, path: Path, visit: (value: unknown, path: Path) => boolean | undefined): void {
  if (visit(node, path) === false) return;
  if (Array.isArray(node))
    node.forEach((v, i) => {
      walk(v, [...path, i], visit);
    });
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...path, k], visit);
}

export const isEvidence = (v: unknown): v is Evidence =>
  !!v &&
  typeof v === "object" &&
  typeof (v as Evidence).quote === "string" &&
  typeof (v as Evidence).start === "number" &&
  typeof (v as Evidence).end === "number" &&
  Array.isArray((v as Evidence).sentenceIds);

/** A word printed in its quote: a status word or a qualifier. */
export const isWordInQuote = (v: unknown): v is { word: string; evidence: Evidence } =>
  !!v &&
  typeof v === "object" &&
  typeof (v as { word?: unknown }).word === "string" &&
  isEvidence((v as { evidence?: unknown }).evidence);
