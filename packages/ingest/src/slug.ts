import transliterate from "@sindresorhus/transliterate";

/** Words that never end an id: a cut there would leave half a name ("…-human-rights-and"). */
const CONNECTORS = new Set(["and", "of", "for", "the", "in", "on", "to", "at", "by", "with", "or", "a", "an"]);

/**
 * A record id from printed words: "U.S. mission in Belarus" -> "us-mission-in-belarus". Letters
 * outside ASCII are transliterated, not dropped ("Bakı" -> "baki", "Chișinău" -> "chisinau"). A
 * name longer than `max` is cut between words, never inside one and never after a connector.
 */
export function slug(words: string, max = 80): string {
  const base = transliterate(words)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, "$1")
    .replace(/([A-Za-z])\.(?=\s|$)/g, "$1")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= max) return base;
  const kept: string[] = [];
  for (const word of base.split("-")) {
    if ([...kept, word].join("-").length > max) break;
    kept.push(word);
  }
  while (kept.length > 1 && CONNECTORS.has(kept.at(-1) as string)) kept.pop();
  // A single word longer than max is kept whole: an id is never cut inside a word.
  return kept.length > 0 ? kept.join("-") : (base.split("-")[0] as string);
}

/** Hands out ids once: a taken id gets -2, -3 … */
export class IdAllocator {
  readonly #taken = new Set<string>();
  take(wanted: string, fallback: string): string {
    const base = slug(wanted) || fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n += 1) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.#taken.has(id);
  }
}
