/** Who signs the reports: the reviewer, and the organisation that publishes the fact-checks. */
export interface Settings {
  reviewer: string;
  organisation: string;
  /** The organisation's web address (for ClaimReview); empty when not set. */
  organisationUrl: string;
}

/** Settings before the user has set any (the reviewer defaults to the operating-system user). */
export function defaultSettings(osUser: string): Settings {
  return { reviewer: osUser, organisation: '', organisationUrl: '' };
}
