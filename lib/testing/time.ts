/** Times as WeChat Pay writes them: in UTC+8 (Beijing), whatever the machine's time zone. */

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** RFC 3339 in UTC+8: `2018-06-08T10:34:56+08:00`. */
export function beijingTime(date: Date | number): string {
  return `${new Date(+date + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The day in UTC+8, `2018-06-08`: the bill date of a moment. */
export function beijingDate(date: Date | number): string {
  return new Date(+date + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2018-06-08 10:34:56` in UTC+8, as bills print a moment. */
export function beijingClock(date: Date | number): string {
  return new Date(+date + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
