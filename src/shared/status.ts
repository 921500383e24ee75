/** The review vocabulary, defined once so every layer (UI, store, report, CLI) speaks the same words. */
export const STATUSES = ['unreviewed', 'in-progress', 'verified', 'unsourced', 'disputed'] as const;

/** One of the review statuses a claim can have. */
export type Status = (typeof STATUSES)[number];

/** How a status is shown and reached from the keyboard. */
export interface StatusInfo {
  readonly id: Status;
  readonly label: string;
  readonly key: string;
  readonly description: string;
}

/** Labels, shortcuts and meanings of every status, in display order. */
export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  unreviewed: { id: 'unreviewed', label: 'Unreviewed', key: '0', description: 'Not looked at yet.' },
  'in-progress': { id: 'in-progress', label: 'In progress', key: 'i', description: 'Being checked.' },
  verified: { id: 'verified', label: 'Verified', key: 'v', description: 'A source the checker confirmed supports it.' },
  unsourced: {
    id: 'unsourced',
    label: 'Unsourced',
    key: 'u',
    description: 'No source is given, or the given one cannot be found or does not support it.',
  },
  disputed: { id: 'disputed', label: 'Disputed', key: 'd', description: 'Evidence contradicts it.' },
};

/** The statuses that are a verdict: a claim with one of them is reviewed (In progress is not). */
export const VERDICTS = ['verified', 'unsourced', 'disputed'] as const satisfies readonly Status[];

/** One of the verdict statuses. */
export type Verdict = (typeof VERDICTS)[number];

/** True when `status` is a verdict (Verified, Unsourced, Disputed). */
export function isVerdict(status: Status): status is Verdict {
  return (VERDICTS as readonly Status[]).includes(status);
}

/** The default status of a newly extracted claim. */
export const DEFAULT_STATUS: Status = 'unreviewed';

/** True when `value` is one of the known statuses. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** The status bound to a keyboard key, if any. */
export function statusForKey(key: string): Status | undefined {
  return STATUSES.find((s) => STATUS_INFO[s].key === key.toLowerCase());
}

/** A zero count for every status. */
export function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}
