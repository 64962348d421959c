import type { ReactNode } from "react";

/** A table that may be wider than a phone: it scrolls in its own region, reachable and named for keyboards. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A named <section> is a region; it must be focusable so keyboards can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to take focus to scroll by keyboard
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
