import dagre from "@dagrejs/dagre";
import type { ActorNetwork, NetworkNode } from "@report/view";

// Where each box and arrow of the actor network goes, computed at build time with dagre (a layered graph
// layout): actors on the left, what they act on to their right. Sizes are in the SVG's own units; text
// widths are estimated (no browser at build time), so lines are wrapped short and boxes sized generously.

const FONT = 13;
const LINE = 16;
const PAD = 8;
const NODE_WIDTH = 224;
const CHARS = 30;
/** Actors are set in bold, which runs wider. */
const ACTOR_CHARS = 25;
const LABEL_CHARS = 24;

/** Words wrapped into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface PlacedNode {
  node: NetworkNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Each entity's name as wrapped lines. */
  lines: { id: string; lines: string[] }[];
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: "event" | "tie";
  points: { x: number; y: number }[];
  label: { x: number; y: number; lines: string[] };
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  font: number;
  line: number;
}

const approxWidth = (lines: string[]) => Math.max(...lines.map((l) => l.length)) * FONT * 0.56 + PAD;

export function layoutNetwork(net: ActorNetwork): NetworkLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 48, edgesep: 8, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  const texts = new Map(
    net.nodes.map(
      (n) =>
        [
          n.id,
          n.entities.map((e) => ({ id: e.id, lines: wrap(e.name, n.role === "actor" ? ACTOR_CHARS : CHARS) })),
        ] as const,
    ),
  );
  for (const n of net.nodes) {
    const lines = (texts.get(n.id) ?? []).reduce((sum, e) => sum + e.lines.length, 0);
    g.setNode(n.id, { width: NODE_WIDTH, height: lines * LINE + 2 * PAD });
  }
  const labels = new Map<string, string[]>();
  net.edges.forEach((e, i) => {
    // A part's tie to its whole is drawn from the whole, so a label would read backwards: the line says enough.
    const belongs = e.kind === "tie" && /^(part|member) of$/.test(e.labels[0] ?? "");
    const lines = belongs ? [] : e.labels.flatMap((l) => wrap(l, LABEL_CHARS));
    labels.set(String(i), lines);
    // A part belongs to its whole: draw the whole first (to the left), as an actor.
    const [v, w] = belongs ? [e.to, e.from] : [e.from, e.to];
    g.setEdge(
      v,
      w,
      { width: lines.length > 0 ? approxWidth(lines) : 0, height: lines.length * LINE, labelpos: "c" },
      String(i),
    );
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    font: FONT,
    line: LINE,
    nodes: net.nodes.map((node) => {
      const n = g.node(node.id);
      return { node, x: n.x, y: n.y, width: n.width, height: n.height, lines: texts.get(node.id) ?? [] };
    }),
    edges: g.edges().map((ref) => {
      const e = g.edge(ref);
      const source = net.edges[Number(ref.name)];
      return {
        from: source?.from ?? ref.v,
        to: source?.to ?? ref.w,
        kind: source?.kind ?? "event",
        points: e.points ?? [],
        label: { x: e.x ?? 0, y: e.y ?? 0, lines: labels.get(String(ref.name)) ?? [] },
      };
    }),
  };
}
