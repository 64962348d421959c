/** The keys of a vocabulary table as a non-empty tuple, for `z.enum`. */
export const keysOf = <T extends Record<string, unknown>>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
