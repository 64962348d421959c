import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { DataPage, dataMetadata } from "../../../views/data.tsx";

export const generateMetadata = (): Metadata => dataMetadata(DEFAULT_DOCUMENT);

export default function Page() {
  return <DataPage d={DEFAULT_DOCUMENT} />;
}
