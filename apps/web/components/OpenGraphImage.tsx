import { documentWords } from "@report/view";
import { ImageResponse } from "next/og";
import type { SiteDocument } from "../lib/documents.ts";
import { OG_IMAGE_SIZE } from "../lib/meta.ts";

/** A document's Open Graph picture, drawn at build time with Next's bundled font (no network). */
export function openGraphImage(d: SiteDocument): ImageResponse {
  const words = documentWords(d.doc).image;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "80px",
        background: "#ffffff",
        color: "#1b1b1b",
        borderTop: "24px solid #0b4f9c",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#4a4a4a" }}>{words.eyebrow}</div>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700, lineHeight: 1.15 }}>{words.title}</div>
      <div style={{ display: "flex", fontSize: 32, color: "#0b4f9c" }}>
        Full text, entities, timeline and citations, as data
      </div>
    </div>,
    OG_IMAGE_SIZE,
  );
}
