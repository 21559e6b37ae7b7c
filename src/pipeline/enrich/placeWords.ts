// Words that name a place without being its name: demonyms ("British", "West German") and the
// abbreviations of US states ("Calif.", "N.Y."). General knowledge, written here once; every
// country name below is the one countries-list uses, so the mention joins that country's page.

/**
 * Adjective or people → the country it is a mention of. "Soviet" is the Soviet Union, a place of
 * its own (not Russia: it was fifteen of today's countries); "West German" and "East German" are
 * Germany, the country a reader would look under today.
 */
export const DEMONYMS: Record<string, string> = {
  afghan: 'Afghanistan', albanian: 'Albania', algerian: 'Algeria', american: 'United States',
  argentine: 'Argentina', argentinian: 'Argentina', armenian: 'Armenia', australian: 'Australia',
  austrian: 'Austria', azerbaijani: 'Azerbaijan', bangladeshi: 'Bangladesh', belarusian: 'Belarus',
  belgian: 'Belgium', bolivian: 'Bolivia', bosnian: 'Bosnia and Herzegovina', brazilian: 'Brazil',
  british: 'United Kingdom', bulgarian: 'Bulgaria', burmese: 'Myanmar', cambodian: 'Cambodia',
  cameroonian: 'Cameroon', canadian: 'Canada', chilean: 'Chile', chinese: 'China',
  colombian: 'Colombia', congolese: 'Democratic Republic of the Congo', croatian: 'Croatia', cuban: 'Cuba',
  cypriot: 'Cyprus', czech: 'Czechia', danish: 'Denmark', dutch: 'Netherlands',
  ecuadorian: 'Ecuador', egyptian: 'Egypt', eritrean: 'Eritrea', estonian: 'Estonia',
  ethiopian: 'Ethiopia', filipino: 'Philippines', finnish: 'Finland', french: 'France',
  georgian: 'Georgia', german: 'Germany', ghanaian: 'Ghana', greek: 'Greece',
  guatemalan: 'Guatemala', haitian: 'Haiti', hungarian: 'Hungary', icelandic: 'Iceland',
  indian: 'India', indonesian: 'Indonesia', iranian: 'Iran', iraqi: 'Iraq', irish: 'Ireland',
  israeli: 'Israel', italian: 'Italy', ivorian: 'Ivory Coast', jamaican: 'Jamaica',
  japanese: 'Japan', jordanian: 'Jordan', kazakh: 'Kazakhstan', kenyan: 'Kenya', kosovan: 'Kosovo',
  kuwaiti: 'Kuwait', latvian: 'Latvia', lebanese: 'Lebanon', liberian: 'Liberia', libyan: 'Libya',
  lithuanian: 'Lithuania', malaysian: 'Malaysia', maltese: 'Malta', mexican: 'Mexico',
  moldovan: 'Moldova', mongolian: 'Mongolia', moroccan: 'Morocco', nepalese: 'Nepal',
  nigerian: 'Nigeria', norwegian: 'Norway', pakistani: 'Pakistan', palestinian: 'Palestine',
  peruvian: 'Peru', polish: 'Poland', portuguese: 'Portugal', qatari: 'Qatar', romanian: 'Romania',
  russian: 'Russia', rwandan: 'Rwanda', saudi: 'Saudi Arabia', senegalese: 'Senegal',
  serbian: 'Serbia', singaporean: 'Singapore', slovak: 'Slovakia', slovenian: 'Slovenia',
  somali: 'Somalia', 'south african': 'South Africa', 'south korean': 'South Korea',
  'north korean': 'North Korea', spanish: 'Spain', 'sri lankan': 'Sri Lanka', sudanese: 'Sudan',
  swedish: 'Sweden', swiss: 'Switzerland', syrian: 'Syria', taiwanese: 'Taiwan',
  tanzanian: 'Tanzania', thai: 'Thailand', tunisian: 'Tunisia', turkish: 'Türkiye',
  ugandan: 'Uganda', ukrainian: 'Ukraine', uruguayan: 'Uruguay', uzbek: 'Uzbekistan',
  venezuelan: 'Venezuela', vietnamese: 'Vietnam', yemeni: 'Yemen', zambian: 'Zambia',
  zimbabwean: 'Zimbabwe', 'new zealand': 'New Zealand', kiwi: 'New Zealand',
  'west german': 'Germany', 'east german': 'Germany', soviet: 'Soviet Union',
  english: 'England', scottish: 'Scotland', welsh: 'Wales',
};

/**
 * The nations of the United Kingdom, which countries-list does not list: each is a place of its
 * own, within the United Kingdom.
 */
export const UK_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** AP-style abbreviations of US states, written with their full stops, → the state. */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  'ala.': 'Alabama', 'ariz.': 'Arizona', 'ark.': 'Arkansas', 'calif.': 'California',
  'colo.': 'Colorado', 'conn.': 'Connecticut', 'del.': 'Delaware', 'fla.': 'Florida',
  'ga.': 'Georgia', 'ill.': 'Illinois', 'ind.': 'Indiana', 'kan.': 'Kansas', 'ky.': 'Kentucky',
  'la.': 'Louisiana', 'md.': 'Maryland', 'mass.': 'Massachusetts', 'mich.': 'Michigan',
  'minn.': 'Minnesota', 'miss.': 'Mississippi', 'mo.': 'Missouri', 'mont.': 'Montana',
  'neb.': 'Nebraska', 'nev.': 'Nevada', 'okla.': 'Oklahoma', 'ore.': 'Oregon',
  'pa.': 'Pennsylvania', 'tenn.': 'Tennessee', 'vt.': 'Vermont', 'va.': 'Virginia',
  'wash.': 'Washington', 'wis.': 'Wisconsin', 'wyo.': 'Wyoming',
  'n.h.': 'New Hampshire', 'n.j.': 'New Jersey', 'n.m.': 'New Mexico', 'n.y.': 'New York',
  'n.c.': 'North Carolina', 'n.d.': 'North Dakota', 'r.i.': 'Rhode Island',
  's.c.': 'South Carolina', 's.d.': 'South Dakota', 'd.c.': 'District of Columbia',
};
