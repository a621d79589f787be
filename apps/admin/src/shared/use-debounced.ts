import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms` (compared by its JSON, so a new array with the same
 * contents does not restart the wait): search boxes and previews ask the API once per pause, not per key.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return debounced;
}
