import { useEffect, useState } from 'react';

/** True once `ms` have passed since the component mounted or `key` last changed. */
export function useAfter(ms: number, key: unknown): boolean {
  const [passed, setPassed] = useState<{ key: unknown; value: boolean }>({ key, value: false });
  useEffect(() => {
    const timer = setTimeout(() => setPassed({ key, value: true }), ms);
    return () => clearTimeout(timer);
  }, [ms, key]);
  return passed.key === key && passed.value;
}
