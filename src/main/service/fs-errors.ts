/** Plain words for the file-system errors a user can act on. */
const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a file is in the way where a folder should be',
  EISDIR: 'it is a folder, not a file',
  ERR_FS_EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use',
  ELOOP: 'it is a symbolic link, which the workbench does not follow',
  ENOTREG: 'it is a pipe, device or socket, not a file',
  ENXIO: 'it is a pipe, device or socket, not a file',
  EPIPE: 'the other end closed',
};

/** Describes a file-system error in words, keeping the code for support ("permission denied (EACCES)"). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}
