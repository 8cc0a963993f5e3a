// The only way a secret value may leave the engine: at most its first 4 characters, then "…".

export const MASK_PREFIX_LENGTH = 4;

export function mask(value: string): string {
  // Short values reveal proportionally more from a fixed prefix, so they show less.
  const shown = value.length >= 16 ? MASK_PREFIX_LENGTH : value.length >= 8 ? 2 : 0;
  return value.slice(0, shown) + "…";
}
