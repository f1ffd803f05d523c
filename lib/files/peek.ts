import { Readable } from 'node:stream';

/**
 * Wait for the first `count` bytes (or the end), and hand back a stream that still yields them. A
 * failure of the body before then rejects.
 */
export function peek(stream: Readable, count: number): Promise<{ head: Buffer; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.length;
      if (length < count) return;
      cleanup();
      stream.pause();
      const head = Buffer.concat(chunks);
      stream.unshift(head);
      resolve({ head, stream });
    };
    const onEnd = (): void => {
      cleanup();
      const head = Buffer.concat(chunks);
      resolve({ head, stream: Readable.from(head.length ? [head] : []) });
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}
