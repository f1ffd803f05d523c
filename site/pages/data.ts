/**
 * Reads the committed facts of the operation reference (`site/generated/reference.json`, written by
 * `npm run generate`), so the site builds from a clone without the descriptions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReferenceData } from '../../scripts/catalog/reference.js';

/** The data file, beside the site's sources. */
export const REFERENCE_FILE = fileURLToPath(new URL('../generated/reference.json', import.meta.url));

let cached: ReferenceData | undefined;

/** The reference data, read once per process. */
export function readReference(): ReferenceData {
  cached ??= JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as ReferenceData;
  return cached;
}
