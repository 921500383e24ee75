import { lines } from './lines.ts';

/**
 * Lower-case words that stand inside a personal name, before the surname, one a line ("Ursula von der Leyen",
 * "Luis de Miranda", "Mohammed bin Salman"). A name may also open with them ("de Miranda writes"). Words that are
 * also common English words ("do", "ten") are left out: "Officials do not", "ten Liberals" are no names.
 */
export const NAME_PARTICLES: readonly string[] = lines(`
al
bin
da
das
de
del
della
der
di
dos
du
ibn
la
le
van
von
`);

/** One or more name particles, each followed by a space: for building patterns. */
export const PARTICLES_BEFORE_NAME = `(?:(?:${NAME_PARTICLES.join('|')})\\s+)+`;

const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** True for a lower-case word that stands inside a personal name ("de", "van"). */
export function isNameParticle(word: string): boolean {
  return PARTICLE_SET.has(word);
}
