import { Box, Text } from "ink";
import { memo } from "react";
import { inert } from "../inert.ts";
import type { Line, Tone } from "./text.ts";

const toneProps: Record<Tone, object> = {
  mark: { color: "yellow", bold: true, inverse: true },
  mention: { color: "cyan", underline: true },
  bold: { bold: true },
  dim: { dimColor: true },
  accent: { color: "green", bold: true },
};

/**
 * One line of styled text; `mark` (a list's selection marker) goes first, in the accent tone.
 * Memoised: lines are shared, unchanged objects, so a keypress re-renders only the lines it changes.
 */
export const LineView = memo(function LineView({
  line,
  selected,
  mark,
}: {
  line: Line;
  selected?: boolean;
  mark?: string;
}) {
  if (mark === undefined && line.every((s) => s.text === "")) return <Text> </Text>;
  return (
    <Text wrap="truncate" bold={selected}>
      {mark !== undefined && <Text {...toneProps.accent}>{mark}</Text>}
      {line.map((s, i) => (
        <Text key={i} {...(s.tone ? toneProps[s.tone] : {})}>
          {inert(s.text)}
        </Text>
      ))}
    </Text>
  );
});

/** Renders exactly the given lines, padded to `height` rows. */
export function Lines({ lines, height }: { lines: Line[]; height: number }) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {lines.slice(0, height).map((l, i) => (
        <LineView key={i} line={l} />
      ))}
    </Box>
  );
}
