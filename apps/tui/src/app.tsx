import { TextInput } from "@inkjs/ui";
import { Box, Text, useApp, useWindowSize } from "ink";
import { useEffect, useMemo, useState } from "react";
import type { Model } from "./model.ts";
import { HelpOverlay, StatusBar, TabBar, TooSmall } from "./ui/chrome.tsx";
import { contentOf, warmUp } from "./ui/content.ts";
import { Lines } from "./ui/lines.tsx";
import { MIN_COLUMNS, MIN_ROWS, tabOf, type View } from "./ui/nav.ts";
import { ScrollList } from "./ui/scroll-list.tsx";
import { useKeys } from "./ui/use-keys.ts";

export interface AppProps {
  model: Model;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  columns?: number;
  rows?: number;
}

/** The interactive explorer. Everything it shows comes from `model`. */
export function App({ model, columns, rows }: AppProps) {
  const size = useWindowSize();
  const width = columns ?? size.columns;
  const height = rows ?? size.rows;
  const { exit } = useApp();
  const [stack, setStack] = useState<View[]>([{ screen: "overview" }]);
  const [help, setHelp] = useState(false);
  const [focus, setFocus] = useState<"filter" | "query" | null>(null);
  const [filter, setFilter] = useState("");
  const [query, setQuery] = useState("");
  const view = stack.at(-1) ?? { screen: "overview" };
  const small = width < MIN_COLUMNS || height < MIN_ROWS;
  const inputRow = view.screen === "search" || (view.screen === "entities" && (focus === "filter" || filter !== ""));
  const bodyHeight = Math.max(1, height - 2 - (inputRow ? 1 : 0));
  const content = useMemo(
    () => contentOf(model, view, { width, height: bodyHeight, filter, query }),
    [model, view, width, bodyHeight, filter, query],
  );

  // After the first frame, prepare the other screens while the user reads this one.
  useEffect(() => {
    const step = warmUp(model, width);
    let timer = setTimeout(function slice() {
      if (step()) timer = setTimeout(slice, 1);
    }, 20);
    return () => clearTimeout(timer);
  }, [model, width]);

  // The search index is built on first use; build it as soon as the Search screen has been drawn.
  const searching = view.screen === "search";
  useEffect(() => {
    if (!searching) return;
    const t = setTimeout(() => model.search.size, 0);
    return () => clearTimeout(t);
  }, [searching, model]);

  useKeys({ view, content, bodyHeight, focus, help, small, setStack, setHelp, setFocus, exit, query });

  if (small) return <TooSmall columns={width} rows={height} />;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TabBar current={tabOf(view)} width={width} />
      {help ? (
        <HelpOverlay height={height - 2} />
      ) : (
        <>
          {view.screen === "search" && (
            <Prompt
              label="Search: "
              focused={focus === "query"}
              value={query}
              onChange={setQuery}
              hint="press / to type"
            />
          )}
          {view.screen === "entities" && inputRow && (
            <Prompt
              label="Filter: "
              focused={focus === "filter"}
              value={filter}
              onChange={setFilter}
              hint="f to edit"
            />
          )}
          {content.kind === "lines" ? (
            <Lines lines={content.lines.slice(content.top, content.top + bodyHeight)} height={bodyHeight} />
          ) : (
            <ScrollList key={viewKey(stack)} items={content.rows} selected={content.sel} height={bodyHeight} />
          )}
        </>
      )}
      <StatusBar text={help ? "any key closes help" : content.status} width={width} />
    </Box>
  );
}

/** A list keeps its scroll offset only while the same view stays on top of the stack. */
const viewKey = (stack: View[]) => `${stack.length}:${JSON.stringify(stack.at(-1)).replace(/"sel":-?\d+/, "")}`;

function Prompt(props: {
  label: string;
  focused: boolean;
  value: string;
  hint: string;
  onChange: (v: string) => void;
}) {
  return (
    <Box height={1}>
      <Text color="cyan">{props.label}</Text>
      {props.focused ? (
        <TextInput defaultValue={props.value} onChange={props.onChange} placeholder="type…" />
      ) : (
        <Text>
          {props.value} <Text dimColor>({props.hint})</Text>
        </Text>
      )}
    </Box>
  );
}
