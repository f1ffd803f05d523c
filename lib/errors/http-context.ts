/** What an error keeps of the request that failed: enough to debug, nothing secret. */
export interface RequestSummary {
  method: string;
  /** The full URL as sent. */
  url: string;
  /** Request headers, with the Authorization signature redacted. */
  headers: Record<string, string>;
}

/** What an error keeps of the response that failed. */
export interface ResponseSummary {
  status: number;
  headers: Record<string, string>;
  /** The body: parsed JSON where it was JSON, otherwise text. */
  data: unknown;
}

/** Shared fields of errors that happened around one HTTP exchange. */
export interface HttpContext {
  request: RequestSummary;
  response?: ResponseSummary;
}

const SIGNATURE_PAIR = /signature="[^"]*"/;

/** Keep the Authorization header's shape (mchid, serial, nonce) for debugging, drop the signature. */
export function redactAuthorization(value: string): string {
  return value.replace(SIGNATURE_PAIR, 'signature="[REDACTED]"');
}

/** Headers as a plain lower-cased string map, with Authorization redacted. */
export function summarizeHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return out;
  const source =
    typeof (headers as { toJSON?: unknown }).toJSON === 'function'
      ? (headers as { toJSON(): Record<string, unknown> }).toJSON()
      : (headers as Record<string, unknown>);
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || value === null) continue;
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    out[key] = key === 'authorization' ? redactAuthorization(text) : text;
  }
  return out;
}
