import { documentWords } from "@report/view";
import { openGraphImage } from "../components/OpenGraphImage.tsx";
import { DEFAULT_DOCUMENT } from "../lib/documents.ts";
import { OG_IMAGE_SIZE } from "../lib/meta.ts";

// The default document's Open Graph image (every other document of a corpus has its own, /d/<id>/opengraph-image).
export const dynamic = "force-static";
export const alt = documentWords(DEFAULT_DOCUMENT.doc).image.alt;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default function OpenGraphImage() {
  return openGraphImage(DEFAULT_DOCUMENT);
}
