/** "1 defect", "2 defects", "4 quantities": a count in words, as a person writes it. */
export const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
