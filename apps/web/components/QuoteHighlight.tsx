"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { highlightedText, highlightQuote } from "../lib/highlight-dom.ts";

/**
 * Paints the quote of `?hl=` in the prerendered reader (the page itself never depends on the query), and says
 * which words it is in a status message, since a painted highlight is invisible to a screen reader.
 */
export function QuoteHighlight() {
  const hl = useSearchParams().get("hl");
  const [quote, setQuote] = useState("");
  useEffect(() => {
    const undo = highlightQuote(document, hl);
    setQuote(highlightedText());
    return undo;
  }, [hl]);
  return (
    <p role="status" className="visually-hidden">
      {quote ? `Highlighted quote: “${quote}”` : ""}
    </p>
  );
}
