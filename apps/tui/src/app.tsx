import { passage, passagePath, recordPath, recordTitle } from "@report/view";
import { Box, useApp, useInput, useWindowSize } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Model } from "./model.ts";
import { DEFAULT_SITE_URL } from "./site.ts";
import { DraftBanner, HelpOverlay, helpLines, Prompt, StatusBar, TabBar, TooSmall } from "./ui/chrome.tsx";
import { contentOf, warmUp } from "./ui/content.ts";
import { helpFor } from "./ui/help.ts";
import { keysOf } from "./ui/keys.ts";
import { Body, ColorContext } from "./ui/lines.tsx";
import { SCREEN_LABELS, SCREENS } from "./ui/nav.ts";
import { listWindow, scrollBar } from "./ui/scroll.ts";
import {
  type AppState,
  bodySize,
  chromeRows,
  type Effect,
  hasBanner,
  initialState,
  isSmall,
  layoutFor,
  tabOf,
  viewOf,
} from "./ui/state.ts";
import { step } from "./ui/step.ts";

/** Where the app writes what is not drawn: the clipboard (OSC 52), and whether the terminal shows OSC 8 links. */
export interface Terminal {
  write(data: string): void;
  hyperlinks: boolean;
}

export interface AppProps {
  model: Model;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  columns?: number;
  rows?: number;
  /** False under NO_COLOR or --no-color: no colours, the same bold, underline and inverse. */
  color?: boolean;
  /** The website's origin for permalinks and citations. */
  siteUrl?: string;
  terminal?: Terminal;
  /** The state to start from: where the user was when they last left this document of a corpus. */
  initial?: AppState | undefined;
  /** In a corpus: back to its list of documents (d, or Esc at the top of a tab), with the state to come back to. */
  onDocuments?: ((state: AppState) => void) | undefined;
}

/** OSC 52: the terminal (or tmux, with `set-clipboard on`) puts `text` on the clipboard. */
export const osc52 = (text: string) => `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;

/** What a passage or record is called in a notice: "Paragraph 7, sentence 3", "Belneftekhim". */
const nameOf = (m: Model, id: string) => passage(m.report, id)?.label ?? recordTitle(m.report, id) ?? id;

/** The interactive explorer. Everything it shows comes from `model`; every key goes through `step`. */
export function App({
  model,
  columns,
  rows,
  color = true,
  siteUrl = DEFAULT_SITE_URL,
  terminal,
  initial,
  onDocuments,
}: AppProps) {
  const windowSize = useWindowSize();
  const size = { width: columns ?? windowSize.columns, height: rows ?? windowSize.rows };
  const { exit } = useApp();
  const [state, setState] = useState<AppState>(() => initial ?? initialState(model));
  // Keys of one chunk are applied one after another to the latest state, not to the last render's.
  const latest = useRef(state);
  const corpus = onDocuments !== undefined;
  const env = useRef({ model, size, corpus });
  env.current = { model, size, corpus };
  const commit = (next: AppState) => {
    latest.current = next;
    setState(next);
  };
  const notify = (notice: AppState["notice"]) => commit({ ...latest.current, notice });

  const run = (effect: Effect) => {
    if (effect.kind === "exit") return exit();
    if (effect.kind === "documents") return onDocuments?.(latest.current);
    const url = `${siteUrl}${passage(model.report, effect.id) ? passagePath(effect.id) : (recordPath(model.report, effect.id) ?? "")}`;
    if (effect.kind === "link") return notify({ text: `${nameOf(model, effect.id)}:`, link: url });
    import("@report/view/cite").then(
      ({ citations }) => {
        const apa = citations(model.report, effect.id, { baseUrl: siteUrl })?.apa;
        if (!apa) return notify({ text: `${nameOf(model, effect.id)} cannot be cited.`, error: true });
        terminal?.write(osc52(apa));
        notify({ text: `Copied the APA citation of ${nameOf(model, effect.id)} (OSC 52).` });
      },
      (error: Error) => notify({ text: `Cannot load the citations: ${error.message}`, error: true }),
    );
  };

  useInput((input, key) => {
    let next = latest.current;
    const effects: Effect[] = [];
    for (const k of keysOf(input, key)) {
      const r = step(next, k, env.current);
      next = r.state;
      effects.push(...r.effects);
    }
    if (next !== latest.current) commit(next);
    for (const e of effects) run(e);
  });

  // After the first frame, prepare the other screens while the user reads this one.
  const banner = hasBanner(model);
  const layout = layoutFor(state, size, banner);
  const body = bodySize(layout);
  useEffect(() => {
    const slice = warmUp(model, body.width);
    let timer = setTimeout(function next() {
      if (slice()) timer = setTimeout(next, 1);
      // Then the citations (citation-js), so that the first y copies at once.
      else import("@report/view/cite").catch(() => undefined);
    }, 20);
    return () => clearTimeout(timer);
  }, [model, body.width]);

  const view = viewOf(state);
  const tab = tabOf(state);
  const content = useMemo(
    () => contentOf(model, view, tab.filter, body),
    [model, view, tab.filter, body.width, body.height],
  );
  // The search index is built on first use: build it as soon as the Search screen has been drawn.
  const searching = state.tab === "search";
  useEffect(() => {
    if (!searching) return;
    const t = setTimeout(() => model.search.size, 0);
    return () => clearTimeout(t);
  }, [searching, model]);

  if (isSmall(size)) return <TooSmall columns={size.width} rows={size.height} />;
  const { width, height } = size;
  const status = content.status;
  const left = state.notice
    ? state.notice.text
    : state.count
      ? `${state.count}: then j/k to move ${state.count}, or Tab for screen ${state.count}${SCREENS[Number(state.count) - 1] ? ` (${SCREEN_LABELS[SCREENS[Number(state.count) - 1] ?? "overview"]})` : ""}`
      : [status.where, status.position].filter(Boolean).join(" · ");
  // The overview has room to say how to get back to the corpus's documents.
  const hints = corpus && view.screen === "overview" ? ["d documents", ...status.hints] : status.hints;
  const right = state.notice || state.count ? "" : [...hints, "? help"].join(" · ");
  return (
    <ColorContext.Provider value={color}>
      <Box flexDirection="column" width={width} height={height}>
        <TabBar current={state.tab} width={width} />
        {banner && <DraftBanner doc={model.report} width={width} />}
        {state.help ? (
          <HelpOverlay
            lines={helpLines(helpFor(view, SCREEN_LABELS[state.tab], corpus), width - 1)}
            top={state.help.top}
            height={height - chromeRows(banner)}
            width={width - 1}
          />
        ) : (
          <>
            {layout.inputRow && (
              <Prompt
                label={state.tab === "search" ? "Search: " : "Filter: "}
                field={tab.filter}
                focused={state.input === "filter"}
                hint={state.tab === "search" ? "/ to type" : "f to edit, Esc clears"}
                width={width}
              />
            )}
            <Body {...bodyRows(content, body.height)} height={body.height} width={body.width} />
          </>
        )}
        {state.input === "jump" ? (
          <Prompt label="Go to (id or name): " field={state.jump} focused width={width} />
        ) : (
          <StatusBar
            left={state.help ? "Help: j/k scroll, any other key closes" : left}
            right={state.help ? "" : right}
            link={state.notice?.link}
            error={state.notice?.error}
            hyperlinks={terminal?.hyperlinks ?? false}
            width={width}
          />
        )}
      </Box>
    </ColorContext.Provider>
  );
}

/** The lines in view, each with its gutter mark and whether it is selected, and the scroll bar. */
function bodyRows(content: ReturnType<typeof contentOf>, height: number) {
  if (content.kind === "lines") {
    const { lines, top, maxTop, reader } = content;
    const cursor = reader?.sentence;
    const rows = lines.slice(top, top + height).map((line, i) => {
      const mine = cursor !== undefined && line.some((s) => s.sid === cursor);
      return { key: String(top + i), line, mark: mine ? "▌ " : "  ", cursor: mine ? cursor : undefined };
    });
    return { rows, bar: scrollBar(top, height, lines.length, maxTop) };
  }
  return listWindow(content.rows, content.sel, content.top, height);
}
