import type { Source } from "../../src/schemas/source.ts";

/**
 * Decodes the canonical text. ASCII stays `ascii`; anything else must be UTF-8 and becomes `utf-8`,
 * with a byte order mark kept as U+FEFF at offset 0, so the text re-encodes to the same bytes and
 * every offset (UTF-16 code units) points into exactly what the file holds.
 */
export function decodeSource(bytes: Uint8Array): { text: string; encoding: Source["encoding"] } | { error: string } {
  if (bytes.every((b) => b < 0x80)) return { text: Buffer.from(bytes).toString("latin1"), encoding: "ascii" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `is not UTF-8 text (invalid byte 0x${bytes[at]?.toString(16).padStart(2, "0")} at byte ${at})` };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection: streaming a prefix fails once it holds the bad byte.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The prefix ends inside the bad sequence: step back to the byte that starts it.
  for (let k = lo; k > Math.max(0, lo - 4); k -= 1) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, k));
      return k;
    } catch {}
  }
  return lo;
}
