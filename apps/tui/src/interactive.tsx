import { render } from "ink";
import { App } from "./app.tsx";
import type { Model } from "./model.ts";

/**
 * Runs the full-screen explorer until the user quits. Ink restores raw mode and the cursor on
 * unmount; the alternate screen gives the shell its screen back. SIGINT/SIGTERM unmount first.
 */
export async function runInteractive(model: Model): Promise<void> {
  const instance = render(<App model={model} />, {
    alternateScreen: true,
    exitOnCtrlC: true,
    // Ink's default (30 fps) can hold a keypress's frame back by up to 33 ms; 120 fps still
    // coalesces bursts (key repeat, paste). Incremental rendering rewrites only changed lines.
    maxFps: 120,
    incrementalRendering: true,
  });
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
