/** A record id from printed words: "U.S. mission in Belarus" -> "us-mission-in-belarus". */
export function slug(words: string, max = 60): string {
  const base = words
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b([A-Za-z])\.(?=[A-Za-z]\.)/g, "$1")
    .replace(/([A-Za-z])\.(?=\s|$)/g, "$1")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= max) return base;
  return base.slice(0, max).replace(/-[^-]*$/, "");
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
