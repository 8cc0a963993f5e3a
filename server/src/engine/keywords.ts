// Finds every occurrence of every rule keyword in one pass over the text: an Aho-Corasick automaton compiled to a
// dense ASCII transition table (one array read per character), case-insensitive by construction, so the text
// needs no lowercased copy. It replaced a 300-way regex alternation that cost a third of the scan time.
// The table holds 16-bit state numbers (half the memory of pre-multiplied 32-bit rows, so more of it stays in the
// CPU cache: ~30% faster per character, measured) unless a large custom rule set needs more states.

const ROW_SHIFT = 7;
const ALPHABET = 1 << ROW_SHIFT; // keywords are ASCII; any other character restarts matching

export class KeywordMatcher {
  /** delta[(state << ROW_SHIFT) | char] = next state. */
  private readonly delta: Uint16Array | Uint32Array;
  /** For each state, the keyword indexes that end there (its own and those reached through suffix links). */
  private readonly outputs: (readonly number[] | undefined)[];
  /** States from this number on end at least one keyword; those below end none. */
  private readonly firstOutputState: number;
  readonly lengths: readonly number[];

  constructor(readonly keywords: readonly string[]) {
    // The trie is built straight into the table (-1 = no edge yet): every worker thread builds its own automaton,
    // so construction is kept to typed-array writes.
    let capacity = 256;
    let delta = new Int32Array(capacity * ALPHABET).fill(-1);
    let states = 1;
    const own: number[][] = [[]];
    keywords.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        let c = word.charCodeAt(i);
        if (c >= ALPHABET) throw new Error(`keyword "${word}" is not ASCII`);
        if (c >= 65 && c <= 90) c += 32;
        const at = state * ALPHABET + c;
        if ((delta[at] as number) === -1) {
          if (states === capacity) {
            capacity *= 2;
            const grown = new Int32Array(capacity * ALPHABET).fill(-1);
            grown.set(delta);
            delta = grown;
          }
          delta[at] = states++;
          own.push([]);
        }
        state = delta[at] as number;
      }
      (own[state] as number[]).push(index);
    });
    // Breadth-first: failure links turn missing edges into the transitions of the longest matching suffix.
    const fail = new Int32Array(states);
    const outputs: number[][] = own.map((o) => [...o]);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = delta[c] as number;
      if (next === -1) delta[c] = 0;
      else queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const stateFail = fail[state] as number;
      (outputs[state] as number[]).push(...(outputs[stateFail] as number[]));
      const row = state * ALPHABET;
      const failRow = stateFail * ALPHABET;
      for (let c = 0; c < ALPHABET; c++) {
        const next = delta[row + c] as number;
        const viaFail = delta[failRow + c] as number;
        if (next === -1) delta[row + c] = viaFail;
        else {
          fail[next] = viaFail;
          queue.push(next);
        }
      }
    }
    // Case-insensitive: upper-case letters move like their lower-case twins.
    for (let s = 0; s < states; s++) {
      for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32] as number;
    }
    // Renumber the states so that those where a keyword ends come last: the per-character test is then one
    // comparison with a number held in a register, not a second array read (20-35% faster, measured).
    // The root has no output (no keyword is empty), so it stays state 0.
    const renumbered = new Int32Array(states);
    let next = 0;
    for (let s = 0; s < states; s++) if ((outputs[s] as number[]).length === 0) renumbered[s] = next++;
    this.firstOutputState = next;
    for (let s = 0; s < states; s++) if ((outputs[s] as number[]).length !== 0) renumbered[s] = next++;
    const table = states <= 0xffff ? new Uint16Array(states * ALPHABET) : new Uint32Array(states * ALPHABET);
    const outputsByNewState: (readonly number[] | undefined)[] = new Array<undefined>(states);
    for (let s = 0; s < states; s++) {
      const row = (renumbered[s] as number) * ALPHABET;
      for (let c = 0; c < ALPHABET; c++) table[row + c] = renumbered[delta[s * ALPHABET + c] as number] as number;
      const own = outputs[s] as number[];
      outputsByNewState[renumbered[s] as number] = own.length ? own : undefined;
    }
    this.delta = table;
    this.outputs = outputsByNewState;
    this.lengths = keywords.map((k) => k.length);
  }

  /** Calls `onMatch(keywordIndex, start)` for every occurrence, in order of where it ends. */
  scan(text: string, onMatch: (keyword: number, start: number) => void): void {
    const { delta, outputs, firstOutputState, lengths } = this;
    const length = text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      state = c < ALPHABET ? (delta[(state << ROW_SHIFT) | c] as number) : 0;
      if (state < firstOutputState) continue;
      const out = outputs[state] as readonly number[];
      for (let j = 0; j < out.length; j++) {
        const k = out[j] as number;
        onMatch(k, i - (lengths[k] as number) + 1);
      }
    }
  }
}
