import { describe, expect, it } from 'vitest';
import { GroupQueue, type GroupOutcome } from '../src/group-queue.ts';

/** A run whose end the test decides: each call is recorded with its items and waits until released. */
function controlledRun<I>() {
  const calls: { key: string; items: I[]; release(outcomes?: GroupOutcome<string>[]): void; fail(e: Error): void }[] =
    [];
  const run = (key: string, items: I[]) =>
    new Promise<GroupOutcome<string>[]>((resolve, reject) => {
      calls.push({
        key,
        items,
        release: (outcomes) => resolve(outcomes ?? items.map((item) => ({ ok: true, value: `done ${String(item)}` }))),
        fail: reject,
      });
    });
  return { calls, run };
}

/** Lets the event loop turn (the queue starts an idle key's first group, and each next one, on a later turn). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Turns the event loop until the run has been called `count` times. */
async function callsReach(calls: unknown[], count: number) {
  for (let turns = 0; calls.length < count; turns++) {
    expect(turns).toBeLessThan(10);
    await turn();
  }
}

describe('GroupQueue', () => {
  it('runs an idle key at the next turn, and groups what arrives meanwhile and while a group runs, in order', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 10);
    const answers: string[] = [];
    const submit = (item: number) => queue.submit('vote', item).then((value) => answers.push(value));
    const first = [submit(1), submit(2)];
    expect(calls).toHaveLength(0);
    await turn();
    expect(calls.map((call) => call.items)).toEqual([[1, 2]]);
    const later = [submit(3), submit(4), submit(5)];
    await turn();
    // One group at a time per key: 3 to 5 wait for the running group to end.
    expect(calls).toHaveLength(1);
    expect(queue.pending('vote')).toBe(5);
    calls[0]!.release();
    await Promise.all(first);
    expect(answers).toEqual(['done 1', 'done 2']);
    await callsReach(calls, 2);
    expect(calls.map((call) => call.items)).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    calls[1]!.release();
    await Promise.all(later);
    expect(answers).toEqual(['done 1', 'done 2', 'done 3', 'done 4', 'done 5']);
    expect(queue.pending('vote')).toBe(0);
  });

  it('lets what the answers of a group set going run before the next group starts', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 1);
    const order: string[] = [];
    const first = queue.submit('vote', 1).then(() => {
      // As a live read set going by the commit's notify would be.
      setImmediate(() => order.push('work set going by the answer'));
    });
    const second = queue.submit('vote', 2);
    await turn();
    calls[0]!.release();
    await first;
    await callsReach(calls, 2);
    order.push('next group');
    expect(order).toEqual(['work set going by the answer', 'next group']);
    calls[1]!.release();
    await second;
  });

  it('answers no item before its own group has ended', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 10);
    let settled = false;
    const answer = queue.submit('vote', 1).finally(() => (settled = true));
    await turn();
    await turn();
    expect(settled).toBe(false);
    calls[0]!.release();
    await answer;
    expect(settled).toBe(true);
  });

  it('keeps groups to their bound, the rest going in the groups after, in order', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 3);
    const all = [1, 2, 3, 4, 5, 6, 7].map((item) => queue.submit('vote', item));
    for (let group = 0; group < 3; group++) {
      await callsReach(calls, group + 1);
      calls[group]!.release();
    }
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5, 6, 7].map((item) => `done ${item}`));
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(() => new GroupQueue(run, 0)).toThrow(RangeError);
  });

  it('fails one item with its own error and answers the others of its group', async () => {
    const { calls, run } = controlledRun<string>();
    const queue = new GroupQueue(run, 10);
    const results = ['a', 'bad', 'c'].map((item) =>
      queue.submit('vote', item).then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    await turn();
    calls[0]!.release([
      { ok: true, value: 'took a' },
      { ok: false, error: new Error('bad is refused') },
      { ok: true, value: 'took c' },
    ]);
    expect(await Promise.all(results)).toEqual([{ value: 'took a' }, { error: 'bad is refused' }, { value: 'took c' }]);
  });

  it('fails every item of a group whose run fails, and runs the next group as usual', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 10);
    const failed = [1, 2].map((item) => queue.submit('vote', item).catch((error: Error) => error.message));
    await turn();
    const next = queue.submit('vote', 3);
    calls[0]!.fail(new Error('the commit failed'));
    expect(await Promise.all(failed)).toEqual(['the commit failed', 'the commit failed']);
    await callsReach(calls, 2);
    calls[1]!.release();
    expect(await next).toBe('done 3');
  });

  it('fails the group when the run answers a wrong number of outcomes, or throws at once', async () => {
    const short = new GroupQueue<string, number, string>(async () => [{ ok: true, value: 'one' }], 10);
    const answers = [short.submit('vote', 1), short.submit('vote', 2)].map((answer) =>
      answer.catch((error: Error) => error.message),
    );
    expect(await Promise.all(answers)).toEqual([
      'a group of 2 was answered 1 outcomes',
      'a group of 2 was answered 1 outcomes',
    ]);
    const throwing = new GroupQueue<string, number, string>(() => {
      throw new Error('no database');
    }, 10);
    await expect(throwing.submit('vote', 1)).rejects.toThrow('no database');
  });

  it('runs different keys apart, at the same time', async () => {
    const { calls, run } = controlledRun<number>();
    const queue = new GroupQueue(run, 10);
    const one = queue.submit('vote A', 1);
    const two = queue.submit('vote B', 2);
    await turn();
    expect(calls.map((call) => [call.key, call.items])).toEqual([
      ['vote A', [1]],
      ['vote B', [2]],
    ]);
    calls[1]!.release();
    expect(await two).toBe('done 2');
    calls[0]!.release();
    expect(await one).toBe('done 1');
  });
});
