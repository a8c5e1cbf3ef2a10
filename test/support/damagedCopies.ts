/** mulberry32 (the fuzz tests' variant): the same damaged copies on every run. */
export function fuzzRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A damaged copy of a real file: cut short (two times in five), or with 1 to 20 bits flipped anywhere. */
export function damagedCopy(source: Uint8Array, random: () => number): Uint8Array {
  if (random() < 0.4) return source.slice(0, Math.floor(random() * source.length));
  const copy = source.slice();
  const flips = 1 + Math.floor(random() * 20);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(random() * copy.length);
    copy[at] = copy[at]! ^ (1 << Math.floor(random() * 8));
  }
  return copy;
}
