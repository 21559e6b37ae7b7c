// What the reader must show for seeds/000_b8ec4b7f77a3a021.txt (issue 2, item 5).
// The build curls the seed's straight quotes (parse/typography.ts).
export const SEED_HEADLINE = 'Mexico president defends extradition of 37 cartel leaders to US as ‘sovereign choice’';
export const SEED_DEK_START = 'Mexico comes first, above everything else';
export const SEED_FIRST_PARAGRAPH_START = 'Mexican President Claudia Sheinbaum said on Wednesday';
export const SEED_LAST_PARAGRAPH_END = 'said US Attorney-General Pam Bondi.';
export const SEED_CAPTION_END = 'December 6 2025.';
export const SEED_PERSON = 'Claudia Sheinbaum';
export const SEED_PERSON_PATH = '/people/claudia-sheinbaum';
