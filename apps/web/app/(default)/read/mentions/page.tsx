import type { Metadata } from "next";
import { Reader } from "../../../../components/Reader.tsx";
import { DEFAULT_DOCUMENT } from "../../../../lib/documents.ts";
import { readMetadata } from "../../../../views/read.tsx";

export const generateMetadata = (): Metadata => readMetadata(DEFAULT_DOCUMENT, true);

export default function ReadPage() {
  return <Reader d={DEFAULT_DOCUMENT} mentions />;
}
