import type { ReportDocument } from "@report/data";
import { draftBanner } from "@report/view";
import { Box, Text } from "ink";
import { useContext } from "react";
import { inert } from "../inert.ts";
import type { Field } from "./field.ts";
import type { KeyHelp } from "./help.ts";
import { ColorContext, LineView } from "./lines.tsx";
import { MIN_COLUMNS, MIN_ROWS, SCREEN_LABELS, SCREENS, type Screen } from "./nav.ts";
import { fitParts, type Line, wrap } from "./text.ts";

/**
 * The tabs, each with the number that `N Tab` goes to. As the terminal narrows, the other tabs'
 * names shorten, then their numbers go; the current tab is always named in full.
 */
export function tabBarText(current: Screen, width: number): { text: string; current: boolean }[] {
  const forms = [
    (s: Screen, i: number) => ` ${i + 1} ${SCREEN_LABELS[s]} `,
    (s: Screen, i: number) => ` ${i + 1} ${SCREEN_LABELS[s].slice(0, 3)} `,
    (s: Screen) => ` ${SCREEN_LABELS[s].slice(0, 3)} `,
    (s: Screen) => ` ${SCREEN_LABELS[s].slice(0, 1)} `,
  ];
  const tries = [0, ...forms.keys()].map((f, i) => ({ form: forms[f] ?? forms[0], help: i === 0 }));
  for (const [n, t] of tries.entries()) {
    const all = SCREENS.map((s, i) => ({
      text: s === current ? ` ${i + 1} ${SCREEN_LABELS[s]} ` : t.form ? t.form(s, i) : "",
      current: s === current,
    }));
    if (t.help) all.push({ text: " ? help", current: false });
    if (all.reduce((w, p) => w + p.text.length, 0) <= width || n === tries.length - 1) return all;
  }
  return [];
}

export function TabBar({ current, width }: { current: Screen; width: number }) {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        {tabBarText(current, width).map((p) => (
          <Text key={p.text} inverse={p.current} bold={p.current} dimColor={p.text === " ? help"}>
            {p.text}
          </Text>
        ))}
      </Text>
    </Box>
  );
}

/**
 * The row that marks a draft, under the tab bar on every screen: its label on a yellow ground
 * (inverse without colours), then what is left to do, as much of it as fits.
 */
export function DraftBanner({ doc, width }: { doc: ReportDocument; width: number }) {
  const color = useContext(ColorContext);
  const banner = draftBanner(doc);
  if (!banner) return null;
  const label = ` ${banner.label} `;
  const ground = color ? { backgroundColor: "yellow", color: "black" } : { inverse: true };
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text bold {...ground}>
          {label}
        </Text>
        {` ${fitParts(banner.parts, width - label.length - 1)}`}
      </Text>
    </Box>
  );
}

/** An OSC 8 hyperlink around `text`, for a URL of printable ASCII only. */
export const hyperlink = (url: string, text: string) =>
  /^[\x21-\x7e]+$/.test(url) ? `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\` : text;

/** The bottom line: where you are and the keys worth knowing, or what the last key did. */
export function StatusBar(props: {
  left: string;
  right?: string | undefined;
  link?: string | undefined;
  error?: boolean | undefined;
  hyperlinks: boolean;
  width: number;
}) {
  const color = useContext(ColorContext);
  const { width } = props;
  const link = props.link ?? "";
  // A link is shown whole when it fits, else cut at the width; what is said before it gets the rest.
  const shown = link.length > width ? `${link.slice(0, width - 1)}…` : link;
  const room = link ? width - shown.length - 1 : width;
  let left = inert(props.left);
  if (left.length > room) left = room >= 8 ? `${left.slice(0, room - 1)}…` : "";
  const right = props.right && left.length + props.right.length + 3 <= room ? props.right : "";
  const gap = Math.max(1, room - left.length - right.length);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text bold={props.error} {...(props.error && color ? { color: "red" } : {})}>
          {left}
        </Text>
        {link ? (
          <Text
            underline
          >{`${left ? " " : ""}${props.hyperlinks && shown === link ? hyperlink(link, link) : shown}`}</Text>
        ) : null}
        {right ? <Text dimColor>{`${" ".repeat(gap)}${right}`}</Text> : null}
      </Text>
    </Box>
  );
}

/** A text field with its cursor, scrolled sideways so that the cursor stays in view. */
export function Prompt({
  label,
  field,
  focused,
  hint,
  width,
}: {
  label: string;
  field: Field;
  focused: boolean;
  hint?: string;
  width: number;
}) {
  const room = Math.max(1, width - label.length - 1);
  const start = Math.max(0, field.cursor - room + 1);
  const value = inert(field.value.slice(start, start + room));
  const at = field.cursor - start;
  return (
    <Box height={1} width={width}>
      <Text wrap="truncate">
        <Text bold>{label}</Text>
        {focused ? (
          <>
            {value.slice(0, at)}
            <Text inverse>{value[at] ?? " "}</Text>
            {value.slice(at + 1)}
          </>
        ) : (
          <>
            {value}
            {hint ? <Text dimColor>{`  (${hint})`}</Text> : null}
          </>
        )}
      </Text>
    </Box>
  );
}

/**
 * The keys as lines that fit `width`: a key column beside its description where there is room for
 * both, else the description on its own line under the key.
 */
export function helpLines(sections: { title: string; keys: KeyHelp[] }[], width: number): Line[] {
  const keyWidth = Math.min(26, Math.max(...sections.flatMap((s) => s.keys.map(([k]) => k.length))) + 2);
  const side = width - keyWidth >= 24;
  const out: Line[] = [];
  for (const section of sections) {
    if (out.length) out.push([]);
    out.push([{ text: section.title, tone: "accent" }]);
    for (const [k, what] of section.keys) {
      if (side)
        out.push(...wrap([{ text: k.padEnd(keyWidth), tone: "bold" }, { text: what }], width, " ".repeat(keyWidth)));
      else out.push(...wrap([{ text: k, tone: "bold" }], width), ...wrap([{ text: `  ${what}` }], width, "  "));
    }
  }
  return out;
}

export function HelpOverlay({
  lines,
  top,
  height,
  width,
}: {
  lines: Line[];
  top: number;
  height: number;
  width: number;
}) {
  const more = lines.length > height;
  const room = more ? height - 1 : height;
  const t = Math.min(top, Math.max(0, lines.length - room));
  const shown = lines.slice(t, t + room);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {shown.map((l, i) => (
        <LineView key={`${t + i}`} line={l} mark="" width={width} />
      ))}
      {more && (
        <Text dimColor wrap="truncate">
          {t + room < lines.length ? `↓ more: j or Space · any other key closes` : "↑ k back up · any other key closes"}
        </Text>
      )}
    </Box>
  );
}

export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  const text = `Too small (${columns}×${rows}): the explorer needs at least ${MIN_COLUMNS}×${MIN_ROWS}. Make the window larger, or press q to quit.`;
  const lines = wrap([{ text }], Math.max(4, columns));
  return (
    <Box flexDirection="column">
      {lines.slice(0, Math.max(1, rows)).map((l, i) => (
        <Text key={i}>{l.map((s) => s.text).join("")}</Text>
      ))}
    </Box>
  );
}
