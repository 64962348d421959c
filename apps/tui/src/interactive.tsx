import type { ReportDocument } from "@report/data";
import { render, useInput } from "ink";
import type { ReactNode } from "react";
import supportsHyperlinks from "supports-hyperlinks";
import { App } from "./app.tsx";
import { Corpus } from "./corpus.tsx";
import type { Model } from "./model.ts";

/** Ctrl+C in raw mode is a keypress, not SIGINT: it ends the explorer the way SIGINT does, with 130. */
function Interruptible({ onInterrupt, children }: { onInterrupt: () => void; children: ReactNode }) {
  useInput((input, key) => {
    if (key.ctrl && input === "c") onInterrupt();
  });
  return children;
}

/**
 * Runs the full-screen explorer of one document, or of a corpus (its list of documents first), until the user quits. Ink restores raw mode and the cursor on
 * unmount; the alternate screen gives the shell its screen back. SIGINT/SIGTERM unmount first.
 */
export async function runInteractive(
  explore: { model: Model } | { documents: readonly ReportDocument[]; open?: number | undefined; source: string },
  opts: { color: boolean; siteUrl: string },
): Promise<void> {
  const terminal = {
    write: (data: string) => process.stdout.write(data),
    hyperlinks: supportsHyperlinks.stdout,
  };
  const shared = { color: opts.color, siteUrl: opts.siteUrl, terminal };
  const instance = render(
    <Interruptible onInterrupt={() => onInt()}>
      {"model" in explore ? (
        <App model={explore.model} {...shared} />
      ) : (
        <Corpus documents={explore.documents} open={explore.open} source={explore.source} {...shared} />
      )}
    </Interruptible>,
    {
      alternateScreen: true,
      exitOnCtrlC: false,
      // Ink's default (30 fps) can hold a keypress's frame back by up to 33 ms; 120 fps still
      // coalesces bursts (key repeat, paste). Incremental rendering rewrites only changed lines.
      maxFps: 120,
      incrementalRendering: true,
    },
  );
  const stop = (code: number) => () => {
    instance.unmount();
    instance.cleanup();
    process.exitCode = code;
    setTimeout(() => process.exit(code), 50).unref();
  };
  const onInt = stop(130);
  const onTerm = stop(143);
  process.once("SIGINT", onInt);
  process.once("SIGTERM", onTerm);
  process.once("SIGHUP", onTerm);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
    process.off("SIGHUP", onTerm);
  }
}
