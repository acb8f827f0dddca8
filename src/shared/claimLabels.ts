/** How each claim type reads to a reader (hover card, popup, library). */
export const CLAIM_TYPE_LABEL: Record<string, string> = {
  imposed: 'Sanctions imposed',
  threatened_or_called_for: 'Sanctions threatened or called for',
  violation_or_evasion: 'Sanctions violation or evasion',
  lifted_or_eased: 'Sanctions lifted or eased',
  impact: 'Impact of sanctions',
  other: 'About sanctions',
};
