import type { Paragraph, ReportDocument } from "@report/data";
import { contextOf } from "./context.ts";
import { paragraphLabel } from "./labels.ts";

/** One line of the reader's contents: a paragraph, its number and how it begins. */
export interface ContentsEntry {
  id: string;
  /** "Paragraph 3", "Introduction". */
  label: string;
  /** The body paragraph's number (1 for the first), as the reader's margin shows it. */
  number?: number | undefined;
  /** Its first words: "The United States continues its policy of promoting democracy…". */
  opening: string;
}

/** A part of the report with its paragraphs; the lines before the first part have no heading. */
export interface ContentsPart {
  id: string | undefined;
  heading: string | undefined;
  paragraphs: ContentsEntry[];
}

/** The body paragraph's number (1 for the first body paragraph), or undefined for the bureau line and introduction. */
export const paragraphNumber = (doc: ReportDocument, p: Paragraph): number | undefined =>
  contextOf(doc).bodyNumber.get(p.id);

/** The first `words` words of a paragraph, with "…" when it goes on. */
export function paragraphOpening(doc: ReportDocument, p: Paragraph, words = 8): string {
  const all = doc.source.text.slice(p.start, p.end).trim().split(/\s+/);
  return all.length > words
    ? `${all
        .slice(0, words)
        .join(" ")
        .replace(/[,;:]$/, "")}…`
    : all.join(" ");
}

/** The reader's contents: the paragraphs before the first part, then each part with its paragraphs. */
export function readerContents(doc: ReportDocument): ContentsPart[] {
  const entry = (p: Paragraph): ContentsEntry => ({
    id: p.id,
    label: paragraphLabel(doc, p),
    number: paragraphNumber(doc, p),
    opening: paragraphOpening(doc, p),
  });
  const before = doc.structure.paragraphs.filter((p) => p.partId === null && p.role !== "bureau");
  const parts = doc.structure.parts.map((part) => ({
    id: part.id,
    heading: part.heading,
    paragraphs: doc.structure.paragraphs.filter((p) => p.partId === part.id).map(entry),
  }));
  return [
    ...(before.length > 0 ? [{ id: undefined, heading: undefined, paragraphs: before.map(entry) }] : []),
    ...parts,
  ];
}
