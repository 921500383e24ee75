/** Size limits on what the renderer may send; anything larger is refused with a message. */
export const LIMITS = {
  note: 20_000,
  evidenceTitle: 500,
  evidenceExcerpt: 5_000,
  url: 2_048,
  source: 300,
  claimLength: 5_000,
  pastedText: 20_000_000,
  fileName: 255,
  filesPerImport: 50,
} as const;
