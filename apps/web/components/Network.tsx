import { actorNetwork } from "@report/view";
import Link from "next/link";
import { Fragment } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { layoutNetwork } from "../lib/network-layout.ts";
import { pathIn } from "../lib/paths.ts";

/** A smooth path through dagre's points. */
function path(points: { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let d = `M${first.x.toFixed(1)},${first.y.toFixed(1)}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i] as { x: number; y: number };
    const next = rest[i + 1];
    if (next && i < rest.length - 1) {
      const mx = (p.x + next.x) / 2;
      const my = (p.y + next.y) / 2;
      d += ` Q${p.x.toFixed(1)},${p.y.toFixed(1)} ${mx.toFixed(1)},${my.toFixed(1)}`;
    } else d += ` L${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  }
  return d;
}

/** The picture's text alternative: each arrow as a sentence, its names linked. */
export function NetworkList({ d }: { d: SiteDocument }) {
  return (
    <ul className="network-list">
      {actorNetwork(d.doc).edges.map((e) => (
        <li key={`${e.from}>${e.to}`}>
          {e.parts.map((p, i) =>
            p.id ? (
              <Link key={`${p.id}-${i}`} href={pathIn(d, `/entities/${p.id}`)}>
                {p.text}
              </Link>
            ) : (
              <Fragment key={`t${i}`}>{p.text}</Fragment>
            ),
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Who acts on whom, as a picture drawn at build time (SVG, no script): each box links to its entities, each
 * arrow says what was done. The same facts follow as a list, the picture's text alternative.
 */
export function Network({ d }: { d: SiteDocument }) {
  const net = actorNetwork(d.doc);
  const layout = layoutNetwork(net);
  return (
    <figure className="network" aria-labelledby="network-caption">
      <div className="network-scroll">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          className="network-svg"
          aria-labelledby="network-title"
        >
          <title id="network-title">Who acts on whom (the same facts are listed below the picture)</title>
          <defs>
            <marker id="net-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className="net-arrowhead" />
            </marker>
          </defs>
          {layout.edges.map((e, i) => (
            <path
              key={`e${i}`}
              d={path(e.points)}
              className={`net-edge net-edge-${e.kind}`}
              markerEnd={e.kind === "event" ? "url(#net-arrow)" : undefined}
            />
          ))}
          {layout.edges.map((e, i) => (
            <text key={`l${i}`} className="net-label" textAnchor="middle" fontSize={layout.font - 1}>
              {e.label.lines.map((line, j) => (
                <tspan
                  key={`${line}-${j}`}
                  x={e.label.x}
                  y={e.label.y - ((e.label.lines.length - 1) * layout.line) / 2 + j * layout.line + 4}
                >
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {layout.nodes.map((n) => {
            let row = 0;
            const top = n.y - n.height / 2;
            return (
              <g key={n.node.id} className={`net-node net-${n.node.role}`}>
                <rect x={n.x - n.width / 2} y={top} width={n.width} height={n.height} rx="4" />
                {n.lines.map((entity) => {
                  const first = row;
                  row += entity.lines.length;
                  return (
                    <a key={entity.id} href={pathIn(d, `/entities/${entity.id}`)}>
                      <text fontSize={layout.font}>
                        {entity.lines.map((line, j) => (
                          <tspan
                            key={`${line}-${j}`}
                            x={n.x - n.width / 2 + 8}
                            y={top + 8 + (first + j + 1) * layout.line - 4}
                          >
                            {line}
                          </tspan>
                        ))}
                      </text>
                    </a>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id="network-caption">
        Who acts on whom in the report: each arrow goes from an actor to what it acts on, and says what it did. Dashed
        lines join a body to the whole it belongs to, and partners that work together. Select a name to see its page.
      </figcaption>
    </figure>
  );
}
