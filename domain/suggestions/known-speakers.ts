// Who may speak in wire copy besides a source's own names (issue 17, item 2): the speakers a desk meets that are none of
// its sources (Turkey, the OSCE…), and the place names (countries, capitals) that speak only as the subject of a speech
// verb. The people, role phrases and institutions of the newsroom's sources come from its directory (the Sources
// screen, domain/source-directory.ts), which source-match.ts reads with each source's own names.
import { matchKey, namesOf } from '../source-match.ts';
import { CAPITALS, capitalNames } from './capitals.ts';
import { countryVoices, type CountrySource } from './country-names.ts';

/** Ids of speakers outside the newsroom's sources start with this; a suggestion gives them no source, only a name. */
export const OUTSIDE = 'outside:';

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

const displayNames = new Map<string, Intl.DisplayNames>();
let ambiguous: Map<string, string> | null = null;

/**
 * The country code each country name (in Arabic, English and French) and capital name stands for, by match key:
 * `عمان` is Oman and, unvowelled, Amman too, so it names neither government.
 */
function placeOwners(): Map<string, string> {
  if (ambiguous) return ambiguous;
  ambiguous = new Map();
  const owners = new Map<string, string>();
  const own = (name: string, code: string) => {
    const key = matchKey(name);
    const owner = owners.get(key);
    if (owner === undefined) owners.set(key, code);
    else if (owner !== code) ambiguous?.set(key, '');
  };
  for (const code of Object.keys(CAPITALS)) {
    for (const language of ['ar', 'en', 'fr']) {
      let names = displayNames.get(language);
      if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })));
      const name = names.of(code);
      if (name) own(name, code);
    }
    for (const capital of capitalNames(code)) own(capital, code);
  }
  return ambiguous;
}

/** The capital names of `code` that name no other country or capital: a government's seat speaks for it. */
export function capitalsOf(code: string): string[] {
  const clash = placeOwners();
  return capitalNames(code).filter((name) => !clash.has(matchKey(name)));
}

export interface KnownSpeakers {
  sources: CountrySource[];
  /** Match keys (source-match.ts) of the names that are places: a speaker only as the subject of a speech verb. */
  places: Set<string>;
}

/**
 * `sources` with each country's voice (its government, else its presidency) that names its country also named by its
 * capital (capitals.ts, every UN member state), and the outside speakers as sources with `OUTSIDE` ids —
 * except those that share a name with one of the newsroom's own sources, whose names that source takes over. `countryNames` are the country names already
 * added to the voices' aliases (country-names.ts): places too.
 */
export function withKnownSpeakers(sources: readonly CountrySource[], countryNames: readonly string[]): KnownSpeakers {
  const places = new Set<string>(countryNames.map(matchKey));
  const voice = countryVoices(sources);
  const extended = sources.map((source): CountrySource => {
    const capitals = [...voice].filter(([, id]) => id === source.id).flatMap(([code]) => capitalsOf(code));
    for (const capital of capitals) places.add(matchKey(capital));
    return capitals.length === 0 ? source : { ...source, aliases: [...source.aliases, ...capitals] };
  });
  const owners = new Map<string, string>();
  for (const source of extended) for (const name of namesOf(source)) owners.set(matchKey(name), source.id);
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
  return { sources: [...owned, ...outside].map(withNisbaVariants), places };
}

/** An Arabic nisba ending after ن: `ـينية`/`ـنية`, `ـيني`/`ـني`, `ـينيون`, `ـينيين` (and ه for ة). */
const NISBA = /^(\p{L}{2,}?)(ي?)(ن(?:ية|يه|ي|يون|يين))$/u;

/**
 * An Arabic name's other spelling of its nisba adjectives, with or without the ي before the ending: «الأرمينية» and
 * «الأرمنية», «الفلبينية» and «الفلبنية» are one word written two ways; null when it has none.
 */
export function nisbaVariant(name: string): string | null {
  let changed = false;
  const variant = name.split(' ').map((word) => {
    const m = NISBA.exec(word);
    if (!m || !/[\u0600-\u06ff]/.test(word)) return word;
    changed = true;
    return `${m[1]}${m[2] ? '' : 'ي'}${m[3]}`;
  });
  return changed ? variant.join(' ') : null;
}

/** The source with the other spelling of each Arabic name whose nisba adjectives are written two ways. */
function withNisbaVariants(source: CountrySource): CountrySource {
  const variants = namesOf(source).map(nisbaVariant).filter((v): v is string => v !== null);
  return variants.length === 0 ? source : { ...source, aliases: [...source.aliases, ...variants] };
}
