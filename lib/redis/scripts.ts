/**
 * The Lua scripts: each runs atomically in Redis, which is what makes a check and the write that
 * depends on it one step. Keys are passed as KEYS (so Redis Cluster can route them); every write
 * sets an expiry.
 */

/**
 * Take the refresh lock with `SET NX PX` for its owner (a random ID, which releases it), grant it the
 * next fencing token and record that token as the last granted.
 * KEYS: lock, fence. ARGV: lock lease (ms), fence expiry (ms), owner. Returns the token, or nil.
 */
export const ACQUIRE_LOCK = `
local token = (tonumber(redis.call('GET', KEYS[2])) or 0) + 1
if not redis.call('SET', KEYS[1], ARGV[3], 'NX', 'PX', ARGV[1]) then return false end
redis.call('SET', KEYS[2], token, 'PX', ARGV[2])
return tostring(token)`;

/**
 * Store a certificate list, unless the writer's fencing token is older than the last one granted (its
 * lock expired and another process took it since), or a newer download is stored already.
 * KEYS: record, fence. ARGV: token ('' without a lock), downloadedAt, mode, data, expiry (ms).
 * Returns 1 when stored, 0 when refused.
 */
export const SAVE_CERTIFICATES = `
if ARGV[1] ~= '' and tonumber(ARGV[1]) < (tonumber(redis.call('GET', KEYS[2])) or 0) then return 0 end
local stored = tonumber(redis.call('HGET', KEYS[1], 'downloadedAt'))
if stored and stored > tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], 'downloadedAt', ARGV[2], 'mode', ARGV[3], 'data', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

/** Delete a key only if it still holds the caller's value: a lock or claim is released by its owner only. KEYS: key. ARGV: value. */
export const COMPARE_AND_DELETE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
