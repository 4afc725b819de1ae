/**
 * Rejects if `promise` has not settled within `ms`, naming what was being waited for. Its timer also keeps
 * Node running, so a step that can never finish (a browser or server killed from outside) fails with a
 * message instead of Node exiting on an unsettled await.
 */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
