// Who may speak in wire copy besides a source's own names (issue 17, item 2): the role phrases, people and
// institutions of the four seeded sources, the speakers a desk meets that are none of its sources (Turkey, the OSCE…),
// and the place names (countries, capitals) that speak only as the subject of a speech verb. A static stand-in: the
// newsroom's Sources screen (issue 17, item 1) is to replace SEEDED_SPEAKERS with each source's people and institutions.
import { matchKey } from '../source-match.ts';
import { countryVoices, type CountrySource } from './country-names.ts';

/** Ids of speakers outside the newsroom's sources start with this; a suggestion gives them no source, only a name. */
export const OUTSIDE = 'outside:';

/** Role phrases, people and institutions by seeded source id, in Arabic, English and French. */
const SEEDED_SPEAKERS: Record<string, string[]> = {
  'armenian-government': [
    'Armenian prime minister', "Armenia's prime minister", 'Prime Minister of Armenia', 'Premier ministre arménien',
    'chef du gouvernement arménien', 'رئيس وزراء أرمينيا', 'Armenian foreign ministry', "Armenia's foreign ministry",
    'Armenian Ministry of Foreign Affairs', 'ministère arménien des Affaires étrangères', 'diplomatie arménienne',
    'وزارة الخارجية الأرمينية', 'الخارجية الأرمينية', 'Armenian defence ministry', 'Armenian defense ministry',
    "Armenia's defence ministry", 'Armenian Ministry of Defence', 'ministère arménien de la Défense',
    'وزارة الدفاع الأرمينية', 'Armenian foreign minister', 'وزير الخارجية الأرميني', 'Zohrab Mnatsakanyan',
    'Mnatsakanyan', 'Mnatsakanian', 'زهراب مناتساكانيان', 'Shushan Stepanyan', 'Chouchan Stepanian', 'شوشان ستيبانيان',
    'Armenian army', 'armée arménienne', 'الجيش الأرميني', 'Armenian defence minister', 'Armenian defense minister',
    'ministre arménien de la Défense', 'وزير الدفاع الأرميني', 'David Tonoyan', 'Tonoyan', 'دافيد تونويان',
  ],
  'azerbaijani-mod': [
    'Azerbaijani defence ministry', "Azerbaijan's defense ministry", 'Azerbaijani Ministry of Defense',
    "Azerbaijan's Ministry of Defence", 'ministère de la Défense azerbaïdjanais', 'Défense azerbaïdjanaise',
    'armée azerbaïdjanaise', 'Azerbaijani army', 'Azerbaijani military', 'وزارة الدفاع في أذربيجان', 'Vagif Dargahli',
    'Vaguif Dargahly', 'فاغيف دارغاهلي', 'Azerbaijani defence minister', 'Azerbaijani defense minister',
    'ministre azerbaïdjanais de la Défense', 'وزير الدفاع الأذربيجاني', 'Zakir Hasanov', 'Hasanov', 'ذاكر حسنوف',
  ],
  kremlin: [
    'Russian president', 'President of Russia', 'président russe', "chef de l'État russe", 'الرئيس الروسي',
    'Dmitry Peskov', 'Dmitri Peskov', 'Peskov', 'ديمتري بيسكوف', 'بيسكوف', 'Kremlin spokesman', 'porte-parole du Kremlin',
  ],
  elysee: [
    'French president', 'président français', "chef de l'État français", 'الرئيس الفرنسي',
  ],
};

/** Speakers that are none of the seeded sources: `names` in three languages, the first English one naming them. */
const OUTSIDE_SPEAKERS: Array<{ id: string; names: string[]; places?: string[] }> = [
  {
    id: 'turkey',
    names: ['Turkey', 'Turquie', 'تركيا', 'Recep Tayyip Erdogan', 'Erdogan', 'أردوغان', 'Turkish president', 'président turc',
      'الرئيس التركي', 'Turkish foreign ministry', 'diplomatie turque', 'الخارجية التركية', 'Mevlut Cavusoglu', 'Cavusoglu',
      'جاويش أوغلو'],
    places: ['Turkey', 'Turquie', 'تركيا', 'Ankara', 'أنقرة'],
  },
  {
    id: 'azerbaijan',
    names: ['Azerbaijan', 'Azerbaïdjan', 'أذربيجان', 'Ilham Aliyev', 'Aliyev', 'Aliev', 'إلهام علييف', 'علييف',
      'Azerbaijani president', 'président azerbaïdjanais', 'الرئيس الأذربيجاني', 'الرئيس الأذري', 'Azerbaijani presidency',
      'présidence azerbaïdjanaise', 'الرئاسة الأذربيجانية',
      'Azerbaijani foreign ministry', "Azerbaijan's foreign ministry", 'diplomatie azerbaïdjanaise',
      'وزارة الخارجية الأذربيجانية', 'Hikmet Hajiyev', 'Hajiyev', 'حكمت حاجييف'],
    places: ['Azerbaijan', 'Azerbaïdjan', 'أذربيجان', 'Baku', 'Bakou', 'باكو'],
  },
  {
    id: 'karabakh-separatists',
    names: ['Arayik Harutyunyan', 'Harutyunyan', 'Haroutiounian', 'أرايك هاروتيونيان', 'separatist authorities',
      'separatist officials', 'Karabakh officials', 'Karabakh authorities', 'autorités séparatistes', 'responsables séparatistes',
      'السلطات الانفصالية', 'الانفصاليون'],
    places: ['Stepanakert', 'ستيباناكرت'],
  },
  {
    // A ministry is not the presidency above it (the project's gold: Lavrov's words are not the Kremlin's).
    id: 'russian-foreign-ministry',
    names: ['Russian foreign ministry', 'ministère russe des Affaires étrangères', 'diplomatie russe', 'وزارة الخارجية الروسية',
      'الخارجية الروسية', 'Russian foreign minister', 'وزير الخارجية الروسي', 'Sergei Lavrov', 'Sergueï Lavrov', 'Lavrov',
      'سيرغي لافروف', 'لافروف', 'Maria Zakharova', 'Zakharova', 'ماريا زاخاروفا', 'زاخاروفا'],
  },
  {
    id: 'french-foreign-ministry',
    names: ['French foreign ministry', "Quai d'Orsay", 'ministère français des Affaires étrangères', 'diplomatie française',
      'وزارة الخارجية الفرنسية', 'French foreign minister', 'وزير الخارجية الفرنسي', 'Jean-Yves Le Drian', 'Le Drian',
      'جان إيف لودريان', 'لودريان'],
  },
  { id: 'iran', names: ['Iran', 'إيران'], places: ['Iran', 'إيران', 'Tehran', 'Téhéran', 'طهران'] },
  {
    id: 'united-states',
    names: ['United States', 'États-Unis', 'الولايات المتحدة', 'State Department', 'Département d’État', 'Mike Pompeo',
      'Pompeo', 'بومبيو', 'وزارة الخارجية الأميركية', 'وزارة الخارجية الأمريكية'],
    places: ['United States', 'États-Unis', 'الولايات المتحدة', 'Washington', 'واشنطن'],
  },
  { id: 'osce', names: ['OSCE', 'Minsk Group', 'groupe de Minsk', 'مجموعة مينسك', 'منظمة الأمن والتعاون في أوروبا'] },
  { id: 'united-nations', names: ['United Nations', 'Nations unies', 'ONU', 'الأمم المتحدة', 'Antonio Guterres', 'Guterres', 'غوتيريش'] },
  { id: 'european-union', names: ['European Union', 'Union européenne', 'الاتحاد الأوروبي'] },
  { id: 'nato', names: ['NATO', 'OTAN', 'حلف شمال الأطلسي'] },
  { id: 'red-cross', names: ['Red Cross', 'ICRC', 'CICR', 'Croix-Rouge', 'الصليب الأحمر'] },
];

/** Words of an office or an institution: an alias holding one names a speaker by role (`the Russian president`). */
const ROLE_WORDS = /president|minist|spokes|porte-parole|army|armée|military|premier|chef|diplomatie|authorities|autorités|رئيس|وزار|وزير|متحدث|جيش|خارجي|سلطات/iu;

/** True when `alias` names a speaker by role or institution rather than by name. */
export function isRolePhrase(alias: string | null): boolean {
  return alias !== null && ROLE_WORDS.test(alias);
}

/** Capitals by country code: a government's seat speaks for it (`Moscou a appelé`), and is otherwise only a place. */
const CAPITALS: Record<string, string[]> = {
  AM: ['Yerevan', 'Erevan', 'يريفان'],
  AZ: ['Baku', 'Bakou', 'باكو'],
  RU: ['Moscow', 'Moscou', 'موسكو'],
  FR: ['Paris', 'باريس'],
  TR: ['Ankara', 'أنقرة'],
  IR: ['Tehran', 'Téhéran', 'طهران'],
  US: ['Washington', 'واشنطن'],
};

export interface KnownSpeakers {
  sources: CountrySource[];
  /** Match keys (source-match.ts) of the names that are places: a speaker only as the subject of a speech verb. */
  places: Set<string>;
}

/**
 * `sources` with the seeded role phrases, people and institutions added to their aliases, each country's voice (its
 * government, else its presidency) also named by its capital, and the outside speakers as sources with `OUTSIDE` ids —
 * except those that share a name with one of the newsroom's own sources, whose names that source takes over. `countryNames` are the country names already
 * added to the voices' aliases (country-names.ts): places too.
 */
export function withKnownSpeakers(sources: readonly CountrySource[], countryNames: readonly string[]): KnownSpeakers {
  const places = new Set<string>([...countryNames, ...Object.values(CAPITALS).flat()].map(matchKey));
  const voice = countryVoices(sources);
  const extended = sources.map((source): CountrySource => {
    const roles = SEEDED_SPEAKERS[source.id] ?? [];
    const capitals = [...voice].filter(([, id]) => id === source.id).flatMap(([code]) => CAPITALS[code] ?? []);
    return roles.length + capitals.length === 0 ? source : { ...source, aliases: [...source.aliases, ...roles, ...capitals] };
  });
  const owners = new Map<string, string>();
  for (const source of extended) for (const name of [source.name, ...Object.values(source.names ?? {}), ...source.aliases]) owners.set(matchKey(name), source.id);
  const outside: CountrySource[] = [];
  const adopted = new Map<string, string[]>();
  for (const speaker of OUTSIDE_SPEAKERS) {
    const names = [...new Set([...speaker.names, ...(speaker.places ?? [])])];
    for (const place of speaker.places ?? []) places.add(matchKey(place));
    // A speaker the newsroom has made a source of (`Turkish government`, named `Türkiye`) speaks under that source.
    const owner = names.map((name) => owners.get(matchKey(name))).find((id) => id !== undefined);
    if (owner) adopted.set(owner, [...(adopted.get(owner) ?? []), ...names]);
    else outside.push({ id: `${OUTSIDE}${speaker.id}`, name: speaker.names[0] ?? speaker.id, aliases: names });
  }
  const owned = extended.map((source) => (adopted.has(source.id) ? { ...source, aliases: [...source.aliases, ...(adopted.get(source.id) ?? [])] } : source));
  return { sources: [...owned, ...outside], places };
}
