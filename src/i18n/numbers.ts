/**
 * A small number in words, as prose writes it ("twee antwoorden", "two
 * answers"), from the dictionary's comma-separated list 'quiz.numberWords';
 * numbers past the list stay digits.
 */
export function spelledNumber(words: string, n: number): string {
  return words.split(',')[n] ?? String(n);
}
