"use client";
import { useEffect, useState } from "react";

/**
 * Copies the text of the element `target` to the clipboard. Progressive enhancement: it appears only where
 * the Clipboard API can run; without JavaScript the text stays selectable where it is.
 */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setReady(Boolean(navigator.clipboard)), []);
  if (!ready) return null;
  const copy = () => {
    const text = document.getElementById(target)?.textContent ?? "";
    navigator.clipboard.writeText(text).then(
      () => setState("copied"),
      () => setState("failed"),
    );
    setTimeout(() => setState("idle"), 3000);
  };
  return (
    <>
      <button
        type="button"
        className="copy-button"
        onClick={copy}
        aria-label={`${state === "copied" ? "Copied" : "Copy"} ${label}`}
        aria-describedby={target}
      >
        {state === "copied" ? "Copied" : "Copy"}
      </button>
      <span className="copy-status" role="status">
        {state === "failed" ? "Could not copy: select the text instead." : ""}
        {state === "copied" ? <span className="visually-hidden">{label} copied</span> : null}
      </span>
    </>
  );
}
