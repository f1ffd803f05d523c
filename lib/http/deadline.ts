/** The reason an attempt's signal is aborted with when its `timeout` runs out. */
export class AttemptTimeout {
  constructor(readonly milliseconds: number) {}
}

/**
 * The signal one attempt is sent with: aborted when the call's `signal` aborts, or with an
 * {@link AttemptTimeout} once `timeout` milliseconds have passed, whatever the exchange is doing
 * then (connecting, waiting, or reading a body that trickles in). Call `clear()` when it is over.
 */
export function deadline(timeout: number, signal: AbortSignal | undefined): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeout > 0 ? setTimeout(() => controller.abort(new AttemptTimeout(timeout)), timeout) : undefined;
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** The milliseconds of the timeout that aborted `signal`, or `undefined` if it was not a timeout. */
export function timedOutAfter(signal: unknown): number | undefined {
  const reason = signal instanceof AbortSignal && signal.aborted ? (signal.reason as unknown) : undefined;
  return reason instanceof AttemptTimeout ? reason.milliseconds : undefined;
}
