/**
 * The symbol `util.inspect` looks for a custom form under: registered, so it is the very symbol
 * Node, Bun and Deno use, without importing node:util (which edge runtimes lack).
 */
export const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;
