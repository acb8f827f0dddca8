/** A storage failure in words a reader can act on; other errors keep their own message. */
export function describeStorageError(error: unknown): string {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const inner = error && typeof error === 'object' && 'inner' in error ? (error as { inner?: { name?: string } }).inner?.name ?? '' : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'Your browser has no storage space left for Newsmark. Free some disk space or export and delete old annotations; nothing already saved was lost.';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionError' || name === 'UpgradeError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
    return `Newsmark could not open its database (${name}). Close other tabs that use an older Newsmark, or restart the browser; nothing already saved was lost.`;
  }
  return message;
}
