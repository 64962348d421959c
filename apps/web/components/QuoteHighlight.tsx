"use client";
import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { highlightQuote } from "../lib/highlight-dom.ts";

/** Paints the quote of `?hl=` in the prerendered reader (the page itself never depends on the query). */
export function QuoteHighlight() {
  const hl = useSearchParams().get("hl");
  useEffect(() => highlightQuote(document, hl), [hl]);
  return null;
}
