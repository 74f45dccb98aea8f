import { useEffect, useRef } from 'react';

/**
 * A ref for an action's result message: it takes the focus each time a new result is shown
 * (the controls the clerk clicked may be gone), and never again while the clerk works on.
 */
export function useFocusOnResult<T>(result: T | null) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result !== null) ref.current?.focus();
  }, [result]);
  return ref;
}
