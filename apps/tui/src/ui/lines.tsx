import { Box, Text } from "ink";
import { createContext, memo, useContext } from "react";
import { inert } from "../inert.ts";
import type { Line, Tone } from "./text.ts";

/** Whether colours are on. Off (NO_COLOR, --no-color), bold, underline and inverse still show. */
export const ColorContext = createContext(true);

const STYLE: Record<Tone, object> = {
  mark: { bold: true, underline: true },
  mention: { underline: true },
  bold: { bold: true },
  dim: { dimColor: true },
  accent: { bold: true },
};
const COLOR: Record<Tone, object> = {
  mark: { color: "yellow" },
  mention: { color: "cyan" },
  bold: {},
  dim: {},
  accent: { color: "green" },
};

/** The Ink props of a tone, with its colour only when colours are on. */
export const toneProps = (tone: Tone | undefined, color: boolean): object =>
  tone ? { ...STYLE[tone], ...(color ? COLOR[tone] : {}) } : {};

/**
 * One line of styled text after a two-column gutter (`mark`: the list cursor's `>`, the reader's
 * bar). A selected row is drawn inverse across the whole `width`; so is the sentence `cursor` names.
 * Memoised: lines are shared, unchanged objects, so a keypress re-renders only the lines it changes.
 */
export const LineView = memo(function LineView({
  line,
  selected,
  mark = "  ",
  cursor,
  width,
}: {
  line: Line;
  selected?: boolean | undefined;
  mark?: string | undefined;
  cursor?: string | undefined;
  width: number;
}) {
  const color = useContext(ColorContext);
  const used = line.reduce((n, s) => n + s.text.length, 0);
  // An empty Text takes no row at all.
  if (used === 0 && !mark && !selected) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      <Text bold {...(color ? { color: "green" } : {})}>
        {mark}
      </Text>
      <Text inverse={selected}>
        {line.map((s, i) => (
          <Text key={i} {...toneProps(s.tone, color)} inverse={cursor !== undefined && s.sid === cursor}>
            {inert(s.text)}
          </Text>
        ))}
        {selected && used < width ? " ".repeat(width - used) : ""}
      </Text>
    </Text>
  );
});

/** A column of lines beside a scroll bar; `rows` are already cut to the height. */
export function Body({
  rows,
  height,
  width,
  bar,
}: {
  rows: { key: string; line: Line; selected?: boolean; mark?: string; cursor?: string | undefined }[];
  height: number;
  width: number;
  bar: boolean[];
}) {
  return (
    <Box height={height} flexDirection="row">
      <Box flexDirection="column" width={width + 3} height={height} overflow="hidden">
        {rows.map((r) => (
          <LineView key={r.key} line={r.line} selected={r.selected} mark={r.mark} cursor={r.cursor} width={width} />
        ))}
      </Box>
      {bar.length > 0 && (
        <Box flexDirection="column" width={1} height={height}>
          {bar.map((on, i) => (
            <Text key={i} dimColor={!on}>
              {on ? "█" : "│"}
            </Text>
          ))}
        </Box>
      )}
    </Box>
  );
}
