import { ImageResponse } from "next/og";
import { OG_IMAGE } from "../lib/meta.ts";
import { metadata } from "../lib/report.ts";

// One static Open Graph image for every page, drawn at build time with Next's bundled font (no network).
export const dynamic = "force-static";
export const alt = OG_IMAGE.alt;
export const size = { width: OG_IMAGE.width, height: OG_IMAGE.height };
export const contentType = "image/png";

export default function OpenGraphImage() {
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
      <div style={{ display: "flex", fontSize: 32, color: "#4a4a4a" }}>U.S. Department of State · 2010</div>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700, lineHeight: 1.15 }}>{metadata.title.value}</div>
      <div style={{ display: "flex", fontSize: 32, color: "#0b4f9c" }}>
        Full text, entities, timeline and citations, as data
      </div>
    </div>,
    size,
  );
}
