import type { Supports } from '../../src/hosts/host';

/** isSetSupported over the sets a fake host offers ({ WordApi: '1.3' }): "1.13" ≥ "1.8", part by part. */
export function supportsFrom(sets: Record<string, string>): Supports {
  return (set, version) => {
    const have = sets[set];
    if (have === undefined) return false;
    const [a, b] = [have, version].map((v) => v.split('.').map(Number));
    return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
  };
}
