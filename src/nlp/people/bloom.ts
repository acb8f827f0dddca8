import { mix } from './hash.ts';

/**
 * A Bloom filter over 32-bit string hashes. Name lists (tens of thousands of
 * names) are baked into the model this way at ~10 bits a name instead of the
 * names themselves; a 1% false-positive rate only adds noise to a feature whose
 * weight the trainer learns anyway.
 */
export class Bloom {
  readonly bits: Uint8Array;
  private readonly mask: number;
  constructor(bits: Uint8Array) {
    // Size is a power of two so the index is a mask, not a modulo.
    this.bits = bits;
    this.mask = bits.length * 8 - 1;
  }

  static create(expected: number): Bloom {
    let n = 1024;
    while (n < expected * 10) n *= 2;
    return new Bloom(new Uint8Array(n / 8));
  }

  add(h: number): void {
    for (let k = 0, x = h; k < 3; k++) {
      x = mix(x + k);
      const i = x & this.mask;
      this.bits[i >>> 3]! |= 1 << (i & 7);
    }
  }

  has(h: number): boolean {
    for (let k = 0, x = h; k < 3; k++) {
      x = mix(x + k);
      const i = x & this.mask;
      if (((this.bits[i >>> 3] ?? 0) & (1 << (i & 7))) === 0) return false;
    }
    return true;
  }
}
