/** English renderings of the codes English messages name (the Norwegian ones are in ../nb/words.ts). */

/**
 * Participant roles (ParticipantRole) as an English sentence names them ("takes part as a partner"), the
 * same words as the admin's labels; an unknown code is written as it is.
 */
export const ROLES_EN: Record<string, string> = {
  OWNER: 'the owner',
  PARTNER: 'a partner',
  FUNDER: 'a funder',
  BENEFICIARY: 'a beneficiary',
};

export function roleEn(code: string): string {
  return ROLES_EN[code] ?? code;
}
