import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { AboutPage, aboutMetadata } from "../../../views/about.tsx";

export const generateMetadata = (): Metadata => aboutMetadata(DEFAULT_DOCUMENT);

export default function Page() {
  return <AboutPage d={DEFAULT_DOCUMENT} />;
}
