// A tiny listener list for SecretStore.onDidChange, so stores need no vscode import (their tests run in plain Node).

export class ChangeEmitter {
  private readonly listeners = new Set<() => void>();

  readonly event = (listener: () => void): { dispose(): void } => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One failing listener must not stop the others or the write that fired the event.
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}

/** Runs async tasks one after another (a store's writes must not interleave their read-modify-write cycles). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
