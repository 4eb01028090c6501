import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded on demand, once `wanted` turns true: the screens most
 * visitors reach later (the expectations, the result, comparisons) stay out
 * of the quiz page's first load, which has a 15 KB budget.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !module) void load().then(setModule);
  }, [wanted]);
  return module;
}
