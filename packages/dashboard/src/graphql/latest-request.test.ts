import { effectScope, nextTick, shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import { useLatestRequest, watchVariables } from './latest-request';

// A request whose answer the test releases by hand, to order answers as a slow network would.
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLatestRequest', () => {
  it('lets only the latest request write, aborts the earlier one and the one in flight on dispose', async () => {
    const scope = effectScope();
    const latest = scope.run(() => useLatestRequest())!;
    const written: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const signals: AbortSignal[] = [];
    const one = latest.run((signal) => (signals.push(signal), first.promise), (a) => written.push(a));
    const two = latest.run((signal) => (signals.push(signal), second.promise), (a) => written.push(a));
    expect(signals[0]!.aborted).toBe(true);
    expect(latest.loading.value).toBe(true);
    first.resolve('old');
    await one;
    expect(latest.loading.value).toBe(true);
    second.resolve('new');
    await two;
    expect(written).toEqual(['new']);
    expect(latest.loading.value).toBe(false);

    const failing = deferred<string>();
    const three = latest.run(() => failing.promise, (a) => written.push(a));
    failing.reject(new Error('down'));
    await three;
    expect(latest.error.value?.message).toBe('down');

    const fourth = deferred<string>();
    void latest.run((signal) => (signals.push(signal), fourth.promise), (a) => written.push(a));
    scope.stop();
    expect(signals.at(-1)!.aborted).toBe(true);
  });

  it('treats a null request as "not yet": aborts, stops loading, sends nothing', async () => {
    const scope = effectScope();
    const latest = scope.run(() => useLatestRequest())!;
    let signal: AbortSignal | undefined;
    void latest.run((s) => ((signal = s), new Promise<string>(() => {})), () => {});
    await latest.run(null, () => {});
    expect(signal!.aborted).toBe(true);
    expect(latest.loading.value).toBe(false);
    scope.stop();
  });
});

describe('watchVariables', () => {
  it('calls back at once and on a different set of variables, not on an equal one', async () => {
    const scope = effectScope();
    const vars = shallowRef<{ a: number } | null>(null);
    const seen: ({ a: number } | null)[] = [];
    scope.run(() => watchVariables(vars, (v) => seen.push(v)));
    vars.value = { a: 1 };
    await nextTick();
    vars.value = { a: 1 };
    await nextTick();
    vars.value = { a: 2 };
    await nextTick();
    expect(seen).toEqual([null, { a: 1 }, { a: 2 }]);
    scope.stop();
  });
});
