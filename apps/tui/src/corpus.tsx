import type { ReportDocument } from "@report/data";
import { Box, Text, useApp, useInput, useWindowSize } from "ink";
import { useMemo, useRef, useState } from "react";
import { App, type Terminal } from "./app.tsx";
import { createModel, type Model } from "./model.ts";
import { HelpOverlay, helpLines, Prompt, StatusBar, TooSmall } from "./ui/chrome.tsx";
import {
  documentRows,
  filterShown,
  initialPicker,
  type PickerState,
  pickerBodyHeight,
  pickerOn,
  pickerStep,
} from "./ui/documents.ts";
import { DOCUMENTS_HELP } from "./ui/help.ts";
import { keysOf } from "./ui/keys.ts";
import { Body, ColorContext } from "./ui/lines.tsx";
import { listPlace } from "./ui/move.ts";
import { listWindow } from "./ui/scroll.ts";
import type { AppState } from "./ui/state.ts";
import { isSmall } from "./ui/state.ts";

export interface CorpusProps {
  documents: readonly ReportDocument[];
  /** The corpus file's name, for the header. */
  source?: string | undefined;
  /** The document to open first (`--doc`); the list of documents otherwise. */
  open?: number | undefined;
  columns?: number;
  rows?: number;
  color?: boolean;
  siteUrl?: string;
  terminal?: Terminal;
}

/**
 * The explorer of a corpus: a list of its documents, and each document in the explorer of one
 * document, which keeps its place while the user is in another (d or Esc at the top comes back here).
 */
export function Corpus({
  documents,
  source,
  open: first,
  columns,
  rows,
  color = true,
  siteUrl,
  terminal,
}: CorpusProps) {
  const windowSize = useWindowSize();
  const size = { width: columns ?? windowSize.columns, height: rows ?? windowSize.rows };
  const { exit } = useApp();
  const [open, setOpen] = useState<number | null>(first ?? null);
  const [picker, setPicker] = useState<PickerState>(initialPicker);
  const latest = useRef(picker);
  // Each document's model is made when it is first opened, and kept with where the user left it.
  const models = useRef(new Map<number, Model>());
  const saved = useRef(new Map<number, AppState>());
  const modelOf = (i: number) => {
    let m = models.current.get(i);
    if (!m) {
      m = createModel(documents[i] as ReportDocument);
      models.current.set(i, m);
    }
    return m;
  };
  const width = size.width - 5;
  const list = useMemo(
    () => documentRows(documents, picker.filter.value, width),
    [documents, picker.filter.value, width],
  );
  const commit = (next: PickerState) => {
    latest.current = next;
    setPicker(next);
  };

  useInput(
    (input, key) => {
      let next = latest.current;
      for (const k of keysOf(input, key)) {
        const filter = next.filter.value;
        const r = pickerStep(
          next,
          k,
          filter === picker.filter.value ? list : documentRows(documents, filter, width),
          size,
        );
        next = r.state;
        for (const e of r.effects) {
          if (e.kind === "exit") return exit();
          commit(next);
          return setOpen(e.doc);
        }
      }
      if (next !== latest.current) commit(next);
    },
    { isActive: open === null },
  );

  if (open !== null)
    return (
      <App
        key={open}
        model={modelOf(open)}
        columns={columns}
        rows={rows}
        color={color}
        siteUrl={siteUrl}
        terminal={terminal}
        initial={saved.current.get(open)}
        onDocuments={(state) => {
          saved.current.set(open, state);
          commit(pickerOn(latest.current, list, open));
          setOpen(null);
        }}
      />
    );

  if (isSmall(size)) return <TooSmall columns={size.width} rows={size.height} />;
  const height = pickerBodyHeight(picker, size);
  const place = listPlace(list, picker.sel, picker.top, height);
  const stops = list.filter((r) => r.target);
  const position = stops.length ? `${stops.indexOf(list[place.sel] as (typeof list)[number]) + 1}/${stops.length}` : "";
  const matching = picker.filter.value.trim() ? ` matching '${picker.filter.value.trim()}'` : "";
  const where = stops.length ? `Documents${matching}` : `No document matches '${picker.filter.value.trim()}'`;
  return (
    <ColorContext.Provider value={color}>
      <Box flexDirection="column" width={size.width} height={size.height}>
        <Box width={size.width} height={1}>
          <Text wrap="truncate">
            <Text bold inverse>
              {" Documents "}
            </Text>
            <Text dimColor>{` ${documents.length} in ${source || "the corpus"}`}</Text>
          </Text>
        </Box>
        {picker.help ? (
          <HelpOverlay
            lines={helpLines(DOCUMENTS_HELP, size.width - 1)}
            top={picker.help.top}
            height={size.height - 2}
            width={size.width - 1}
          />
        ) : (
          <>
            {filterShown(picker) && (
              <Prompt
                label="Filter: "
                field={picker.filter}
                focused={picker.typing}
                hint="f to edit, Esc clears"
                width={size.width}
              />
            )}
            <Body {...listWindow(list, place.sel, place.top, height)} height={height} width={width} />
          </>
        )}
        <StatusBar
          left={picker.help ? "Help: j/k scroll, any other key closes" : [where, position].filter(Boolean).join(" · ")}
          right={picker.help ? "" : "Enter open · f filter · ? help"}
          hyperlinks={false}
          width={size.width}
        />
      </Box>
    </ColorContext.Provider>
  );
}
