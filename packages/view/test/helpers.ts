/** The value, or a test failure naming what is missing. */
export function must<T>(value: T | undefined | null, what = "value"): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}
