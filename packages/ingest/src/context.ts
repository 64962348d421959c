import { type Mention, withoutNested } from "./actors.ts";
import type { Span } from "./candidates.ts";

/** "the Embassy", "the embassy", "Embassy officers": an embassy named elsewhere ("Embassy Minsk" is named here). */
const EMBASSY =
  /(?<![\p{L}])(?:[Tt]he\s+(?:U\.S\.\s+)?[Ee]mbassy|(?:U\.S\.\s+)?Embassy)(?![\p{L}])(?!\s+(?:in\s+)?[A-Z])/gu;
/** "the U.S. mission", "U.S. Mission staff": the U.S. mission named elsewhere ("the U.S. mission in X"). */
const MISSION = /(?<![\p{L}])(?:[Tt]he\s+)?U\.S\.\s+[Mm]ission(?![\p{L}])(?!\s+(?:in|to)\s+[A-Z])/gu;

/**
 * Adds, to each sentence's mentions, the words that refer to a mission the text names elsewhere:
 * "the Embassy" is the text's one embassy, "the U.S. mission" its one U.S. mission (else its one
 * mission of any kind). With none or several, the words refer to nothing ingest can name, and an
 * event they are the subject of is left for the curator.
 */
export function resolveMissionWords(text: string, sentences: (Span & { mentions: Mention[] })[]): void {
  const missions = new Map<string, Mention>();
  for (const s of sentences)
    for (const m of s.mentions) if (m.kind === "mission" && !missions.has(m.id)) missions.set(m.id, m);
  const only = (pick: (m: Mention) => boolean) => {
    const found = [...missions.values()].filter(pick);
    return found.length === 1 ? found[0] : missions.size === 1 ? [...missions.values()][0] : undefined;
  };
  const targets: [RegExp, Mention | undefined][] = [
    [EMBASSY, only((m) => m.name.startsWith("Embassy "))],
    [MISSION, only((m) => m.name.startsWith("U.S. mission "))],
  ];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const added: Mention[] = [];
    for (const [re, mission] of targets) {
      if (!mission) continue;
      for (const m of body.matchAll(re)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (s.mentions.some((o) => o.kind !== "country" && o.start < end && start < o.end)) continue;
        const { nested: _, contextual: __, partOf: ___, ...named } = mission;
        added.push({ ...named, start, end, source: "context", confidence: 0.4, contextual: true });
      }
    }
    if (added.length > 0) s.mentions = withoutNested([...s.mentions, ...added]);
  }
}
