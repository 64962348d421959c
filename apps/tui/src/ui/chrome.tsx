import { Box, Text } from "ink";
import { HELP, SCREENS, type Screen } from "./nav.ts";

const LABELS: Record<Screen, string> = {
  overview: "Overview",
  reader: "Reader",
  entities: "Entities",
  timeline: "Timeline",
  search: "Search",
};

export function TabBar({ current, width }: { current: Screen; width: number }) {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        {SCREENS.map((s, i) => (
          <Text key={s} inverse={s === current} bold={s === current}>
            {s === current ? `[${i + 1} ${LABELS[s]}]` : ` ${i + 1} ${LABELS[s]} `}
          </Text>
        ))}
        <Text dimColor> ? help</Text>
      </Text>
    </Box>
  );
}

export function StatusBar({ text, width }: { text: string; width: number }) {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate" dimColor>
        {text}
      </Text>
    </Box>
  );
}

export function HelpOverlay({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} borderStyle="round" paddingX={1} overflow="hidden">
      <Text bold>Keys</Text>
      {HELP.map(([k, what]) => (
        <Text key={k} wrap="truncate">
          <Text color="cyan">{k.padEnd(22)}</Text>
          {what}
        </Text>
      ))}
    </Box>
  );
}

export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text>terminal too small</Text>
      <Text dimColor>{`${columns}x${rows}`}</Text>
    </Box>
  );
}
