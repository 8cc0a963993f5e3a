// Seeded, deterministic PRNG (cyrb128 seed hash + sfc32 generator).
import { Buffer } from 'node:buffer';

export const CS = {};
CS.UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
CS.LO = 'abcdefghijklmnopqrstuvwxyz';
CS.DIG = '0123456789';
CS.B62 = CS.UP + CS.LO + CS.DIG;
CS.HEX = CS.DIG + 'abcdef';
CS.HEXU = CS.DIG + 'ABCDEF';
CS.URL = CS.B62 + '-_';
CS.B32 = CS.UP + '234567';
CS.UPDIG = CS.UP + CS.DIG;
CS.LODIG = CS.LO + CS.DIG;
CS.BECH32 = ['qpzry9x8', 'gf2tvdw0', 's3jn54kh', 'ce6mua7l'].join('');

function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0, k; i < str.length; i++) {
    k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a, b, c, d) {
  return function next() {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function makeRng(seed) {
  const next = sfc32(...cyrb128(String(seed)));
  for (let i = 0; i < 32; i++) next();
  const r = {
    float: next,
    int(lo, hi) { return lo + Math.floor(next() * (hi - lo + 1)); },
    pick(arr) { return arr[Math.floor(next() * arr.length)]; },
    str(n, cs) { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(next() * cs.length)]; return s; },
    bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle(arr) { for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; },
  };
  return r;
}
