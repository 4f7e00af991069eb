/*
 * Grouping: work of one key that arrives while work of that key is running waits, and goes together in the next
 * run: a vote's ballots in one transaction (group commit), credentials looked up in one read. A burst then costs a
 * few statements instead of several each, which is what a burst costs on the embedded database (one query at a
 * time, in this thread).
 */

/** What one item of a group came to: its own result, or its own refusal. */
export type GroupOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs the items of a group (in one transaction, for writes); answers an outcome for each item, in the order given.
 * A refusal of one item is its outcome and must leave nothing of it written; throwing (the transaction failed)
 * fails them all.
 */
export type RunGroup<K, I, R> = (key: K, items: I[]) => Promise<GroupOutcome<R>[]>;

interface Waiting<I, R> {
  item: I;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Runs the items submitted under one key in groups, one group at a time per key, in the order they were submitted:
 * the first item of an idle key waits one turn of the event loop (`setImmediate`), so that requests already read
 * from the network join it; the items submitted while a group runs make the next group. A group holds at most
 * `maxGroup` items (the rest go in the groups after). Each submitter is answered when its group's run has ended
 * (for writes: after the commit), with its own outcome. Keys are independent. The grouping is per process: on
 * PostgreSQL, what serialises the groups of several processes is the transaction's own lock.
 *
 * Why the turn: the embedded database runs in this thread and answers through promises only, so a request's whole
 * chain (credential, transaction, answer) runs before the next request's bytes are even parsed; without yielding,
 * a burst would never find a group running and every ballot would go alone.
 */
export class GroupQueue<K, I, R> {
  private readonly queues = new Map<K, Waiting<I, R>[]>();

  constructor(
    private readonly run: RunGroup<K, I, R>,
    private readonly maxGroup: number,
  ) {
    if (!Number.isInteger(maxGroup) || maxGroup < 1) {
      throw new RangeError(`maxGroup must be a whole number from 1: ${maxGroup}`);
    }
  }

  /** Queues `item` under `key`; settles with its outcome once the run that took it has ended. */
  submit(key: K, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue !== undefined) {
        queue.push({ item, resolve, reject });
        return;
      }
      // The key is idle: its queue exists while a group of it runs, and this item is the next group's first.
      const started: Waiting<I, R>[] = [{ item, resolve, reject }];
      this.queues.set(key, started);
      setImmediate(() => void this.drain(key, started));
    });
  }

  /** How many items wait or run under `key` (for tests). */
  pending(key: K): number {
    return this.queues.get(key)?.length ?? 0;
  }

  private async drain(key: K, queue: Waiting<I, R>[]): Promise<void> {
    for (let first = true; queue.length > 0; first = false) {
      if (!first) {
        // A turn between groups too: what the last group's answers set going (a live read, the next requests'
        // credentials) runs before the next group takes the embedded database.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const group = queue.slice(0, this.maxGroup);
      let outcomes: GroupOutcome<R>[];
      try {
        outcomes = await this.run(
          key,
          group.map((waiting) => waiting.item),
        );
        if (outcomes.length !== group.length) {
          throw new Error(`a group of ${group.length} was answered ${outcomes.length} outcomes`);
        }
      } catch (error) {
        outcomes = group.map(() => ({ ok: false, error }));
      }
      // Taken off the queue only now: an item submitted during the run sees the key busy and waits.
      queue.splice(0, group.length);
      group.forEach((waiting, index) => {
        const outcome = outcomes[index]!;
        if (outcome.ok) {
          waiting.resolve(outcome.value);
        } else {
          waiting.reject(outcome.error);
        }
      });
    }
    this.queues.delete(key);
  }
}
