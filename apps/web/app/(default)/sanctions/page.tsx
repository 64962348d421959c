import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { SanctionsPage, sanctionsMetadata } from "../../../views/sanctions.tsx";

export const generateMetadata = (): Metadata => sanctionsMetadata(DEFAULT_DOCUMENT);

export default function Page() {
  return <SanctionsPage d={DEFAULT_DOCUMENT} />;
}
