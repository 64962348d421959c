import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/** Every English name and alias of every ISO 3166-1 country, to its alpha-2 code (lower case). */
function namesToCodes(): Map<string, string> {
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string) => {
    const other = byName.get(name);
    if (other && other !== code) ambiguous.add(name);
    else byName.set(name, code);
  };
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) {
      // "Moldova, Republic of" is printed as "Moldova"; "Korea, …" names two countries and is dropped.
      add(name.includes(", ") ? (name.split(", ")[0] as string) : name, code.toLowerCase());
    }
  }
  for (const name of ambiguous) byName.delete(name);
  return byName;
}

export const COUNTRY_NAMES = namesToCodes();

const isAbbreviation = (name: string) => /^[A-Z.]+$/.test(name);

/** The name a country goes by: the full name the text prints most, else its shortest ISO name. */
export function countryName(code: string, printed: string[]): string {
  const counts = new Map<string, number>();
  // Only ISO names count: "U.S. Government" names the United States but is not its name.
  for (const p of printed) if (!isAbbreviation(p) && COUNTRY_NAMES.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  if (best) return best[0];
  const iso = (countries.getName(code.toUpperCase(), "en", { select: "all" }) ?? []).filter((n) => !isAbbreviation(n));
  return iso.sort((a, b) => a.length - b.length)[0] ?? code.toUpperCase();
}
