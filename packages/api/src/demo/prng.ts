// Seeded randomness for the demo dataset. Two tools:
// - `Prng`: mulberry32, a tiny fast generator with 32-bit state that can be re-seeded in place
//   (one instance is reused for millions of rows, so nothing is allocated per row);
// - `hashSeed`: a stateless mix of (seed, ids…) used to re-seed it, so that any fact about an
//   employee (their ability, their level in a competency) can be recomputed in any later pass
//   without being kept in memory.

/** murmur3's 32-bit finaliser: avalanches every input bit over the output. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic 32-bit seed from a base seed and up to three integer ids. */
export function hashSeed(seed: number, a: number, b = 0, c = 0): number {
  let h = fmix32(seed ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(a | 0, 0xcc9e2d51));
  h = fmix32(h ^ Math.imul(b | 0, 0x1b873593));
  h = fmix32(h ^ Math.imul(c | 0, 0xe6546b64));
  return h;
}

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  reseed(seed: number): this {
    this.state = seed >>> 0;
    return this;
  }

  /** Uniform in [0, 1) — mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Index drawn with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[], total: number): number {
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal (Box–Muller; the second value is dropped so that re-seeding stays exact). */
  gaussian(): number {
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** A list of choices with weights, prepared once so that drawing is a single scan. */
export class WeightedChoice<T> {
  readonly items: readonly T[];
  private readonly weights: readonly number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('WeightedChoice needs at least one entry');
    this.items = entries.map(([item]) => item);
    this.weights = entries.map(([, weight]) => weight);
    this.total = this.weights.reduce((sum, w) => sum + w, 0);
  }

  draw(rng: Prng): T {
    const item = this.items[rng.weightedIndex(this.weights, this.total)];
    if (item === undefined) throw new RangeError('unreachable: weighted index out of range');
    return item;
  }
}
