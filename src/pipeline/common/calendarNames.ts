// Month and weekday names in lower case: dates are read by them (parse/date.ts), and capitalised
// they are never names of people or places (enrich/gazetteer.ts).
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
