// randexp ships no types; only the part the tests use.
declare module "randexp" {
  interface DRange {
    subtract(from: number, to?: number): DRange;
    add(from: number, to?: number): DRange;
  }
  export default class RandExp {
    constructor(pattern: RegExp | string, flags?: string);
    gen(): string;
    max: number;
    defaultRange: DRange;
    randInt: (from: number, to: number) => number;
  }
}
