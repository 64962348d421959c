"use client";
import { useEffect, useState } from "react";

/**
 * Copies the text of the element `target` to the clipboard. Progressive enhancement: it appears only where
 * the Clipboard API can run; without JavaScript the text stays selectable where it is.
 */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(Boolean(navigator.clipboard)), []);
  if (!ready) return null;
  const copy = () => {
    const text = document.getElementById(target)?.textContent ?? "";
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      },
      () => setCopied(false),
    );
  };
  return (
    <>
      <button type="button" className="copy-button" onClick={copy} aria-describedby={target}>
        {copied ? "Copied" : `Copy ${label}`}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? `${label} copied` : ""}
      </span>
    </>
  );
}
