// The words that frame reported speech in Arabic, English and French wire copy, written folded (no accents, no hamza,
// ة as ه, ى as ي) because they are compared with folded article words. Other languages get all three lists at once.

/**
 * say: a reporting verb; participle: one that continues the statement before it (مشيرا، adding, affirmant);
 * according: "according to X", whose statement stands before or after it; accuse: the statement is the charge.
 */
export type FrameKind = 'say' | 'participle' | 'according' | 'accuse';

export interface VerbEntry {
  words: string[];
  kind: FrameKind;
  /** Only a verb after an auxiliary (French `a annoncé`, not `l'annonce`). */
  needsAux?: boolean;
  /** Only a verb before one of these words (`claims that`, not `the claims`). */
  needsNext?: string[];
  /** Takes a listener before the clause: `told AFP (that)…`. */
  takesObject?: boolean;
  /**
   * Reports speech only when a complementizer, a colon or a quotation introduces what follows: `وتابع: …` and
   * `وتابع أن…` report, `تابع الوضع` (followed the situation) does not; `et d'ajouter : « … »`.
   */
  needsIntro?: boolean;
  /** `announce`: a noun phrase after it (`announced a curfew`, `a annoncé un cessez-le-feu`) is an act, not speech. */
  namesAct?: boolean;
  /**
   * A preposition that attributes a view only at the head of its sentence, before a speaker and a comma: `Pour Erevan,
   * il s'agit d'un piège`, `Pour l'avocat, …` (frames.ts checks the speaker); not `pour la première fois`.
   */
  leadsSentence?: boolean;
}

export interface Lexicon {
  arabic: boolean;
  verbs: VerbEntry[];
  /** The clause starts after these (`that`, `que`, `أن`). */
  complementizers: Set<string>;
  /** The clause starts at these: the word carries the clause's subject pronoun (`إنها`, `أنه`). */
  subjectComplementizers: Set<string>;
  /** Word runs that end a reported clause; a leading "," means the run must follow a comma. */
  boundaries: string[];
  timeWords: Set<string>;
  /** Words that are time words only before one (`on Friday`, `late Thursday`). */
  timePrepositions: Set<string>;
  /** Word runs between a verb and its clause that are not part of the statement (`in a statement`). */
  skipPhrases: string[][];
  /**
   * Prepositions that open a circumstance between a verb and its complementizer (`said in a speech that`, `a déclaré
   * lors d'un débat que`): the phrase they open is the reporter's, and the clause starts after `that` / `que`.
   */
  circumstancePrepositions: Set<string>;
  /**
   * Prepositions that, right after a verb and with no `that` / `que` further on, open only the circumstance of the
   * speech (`said during a briefing`), not what was said; a verb's own prepositions (`insisted on`, `appelé à`) are not.
   */
  circumstanceOnly: Set<string>;
  /** `as`, `comme`: a quotation after them ends an object clause and is what was said (`described it as “…”`). */
  qualifiers: Set<string>;
  /** Auxiliaries, adverbs and negation that belong to a verb's frame on its left (`has also`, `n'a pas`). */
  framePrefix: Set<string>;
  auxiliaries: Set<string>;
  passiveAuxiliaries: Set<string>;
  negations: Set<string>;
  /** `se`, `s'`: before a passive auxiliary they make it active (`se sont accusés`, they accused each other). */
  reflexives: Set<string>;
  pronouns: Set<string>;
  conjunctions: Set<string>;
  relatives: Set<string>;
  determiners: Set<string>;
  /** Nouns for what a source issues (`statement`, `communiqué`): as a subject they speak for the last speaker. */
  documentNouns: Set<string>;
  /** Nouns for a person by role (`spokesman`, `ministre`): as a definite subject, the speaker just named. */
  personNouns: Set<string>;
  /**
   * Nouns of an office or an institution that speaks (`minister`, `spokesman`, `وزير`, `porte-parole`): words before a
   * headline's colon holding one name a speaker (`وزير الصحة: …`), not a topic (colon-leads.ts).
   */
  roleNouns: Set<string>;
  /** Word runs after a verb that name the source already quoted (`de même source`, `the same source`). */
  sameSource: string[][];
  /** `if`, `si` before a frame: its clause is a condition that ends at the first comma (`S'il estime que A, B…`). */
  conditionals: Set<string>;
}

const set = (words: string) => new Set(words.split(' ').filter(Boolean));
const verbs = (kind: FrameKind, forms: string, extra: Omit<VerbEntry, 'words' | 'kind'> = {}): VerbEntry[] =>
  forms.split(' ').filter(Boolean).map((form) => ({ words: form.split('_'), kind, ...extra }));

const ARABIC: Lexicon = {
  arabic: true,
  verbs: [
    ...verbs('say', 'قال قالت قالوا يقول تقول اكد اكدت اكدوا يوكد توكد افاد افادت افادوا يفيد تفيد اعلن اعلنت اعلنوا'),
    ...verbs('say', 'يعلن تعلن طالب طالبت طالبوا يطالب تطالب نفي نفت نفوا ينفي تنفي اشار اشارت يشير تشير اوضح اوضحت'),
    ...verbs('say', 'اضاف اضافت يضيف تضيف صرح صرحت ذكرت اعتبر اعتبرت يعتبر تعتبر حذر حذرت دعا دعت يدعو تدعو شدد شددت'),
    ...verbs('say', 'كتب كتبت لفت لفتت'),
    // Verbs that go on with a statement (تابع، استكمل، أردف، استطرد), explain it (بيّن, written like بين "between") or
    // claim it (زعم): speech only when a colon, a quotation or أن follows.
    ...verbs('say', 'تابع تابعت استكمل استكملت اردف اردفت استطرد استطردت بين بينت زعم زعمت', { needsIntro: true }),
    ...verbs('participle', 'مشيرا مشيره موكدا موكده مضيفا مضيفه معتبرا معلنا نافيا مطالبا محذرا مشددا'),
    ...verbs('participle', 'لافتا لافته موضحا موضحه مدعيا مدعيه'),
    // قائلا (saying), and the feminine of the participles above (the speaker a ministry or a woman).
    ...verbs('participle', 'قايلا قايله مضيفه معتبره معلنه نافيه مطالبه محذره مشدده'),
    ...verbs('according', 'وفق وفقا حسب بحسب نقلا_عن'),
    ...verbs('accuse', 'اتهم اتهمت اتهموا يتهم تتهم متهما'),
    // The noun (accusations) frames a charge only when it is aimed at someone: `اتهامات إلى تركيا بـ…`; not in
    // `لسنا في موضع اتهام` (we are not in a position of accusation), where it is part of the statement.
    ...verbs('accuse', 'اتهامات اتهام', { needsNext: ['الي', 'ضد'] }),
  ],
  complementizers: set('ان بان'),
  subjectComplementizers: set('انه انها انهم انهما اننا انني بانه بانها بانهم'),
  // The reporter's trailing clause after a statement: `، وذلك بعد…`, `، بعد ساعات من…`.
  boundaries: ['حيث', 'فيما', 'بينما', 'في_حين', 'في_وقت', ',وذلك', 'وذلك_بعد', 'وذلك_قبل', 'وذلك_في', ',بعد', ',قبل', ',عقب'],
  timeWords: set('الجمعه الخميس السبت الاحد الاثنين الثلاثاء الاربعاء اليوم امس مساء صباح ليلا'),
  timePrepositions: set(''),
  // `أشار إلى`, `لفت إلى`: the verb's own preposition before its clause or quotation.
  skipPhrases: [['في', 'بيان'], ['الي']],
  circumstancePrepositions: set(''),
  circumstanceOnly: set(''),
  qualifiers: set(''),
  framePrefix: set('كما قد ثم لم لن لا ما'),
  auxiliaries: set(''),
  passiveAuxiliaries: set(''),
  negations: set('لم لن لا ما'),
  reflexives: set(''),
  pronouns: set(''),
  conjunctions: set('ثم'),
  relatives: set('الذي التي الذين'),
  determiners: set(''),
  documentNouns: set(''),
  personNouns: set(''),
  roleNouns: set(
    'وزير وزيره الوزير الوزيره وزاره الوزاره الناطق الناطقه ناطق المتحدث المتحدثه متحدث رئيس الرئيس رئيسه الرئيسه رئاسه الرئاسه ' +
      'مدير المدير مديره المديره سفير السفير نائب النائب محافظ المحافظ مستشار المستشار قائد القائد امين الامين مسوول المسوول ' +
      'الحكومه حكومه الجيش جيش الشرطه الداخليه الخارجيه الدفاع المحكمه النيابه البرلمان مجلس المجلس نقابه النقابه اتحاد الاتحاد ' +
      'البنك هييه الهييه مصدر مصادر المتحدثون',
  ),
  sameSource: [['المصدر', 'نفسه'], ['المصدر', 'ذاته'], ['نفس', 'المصدر']],
  conditionals: set(''),
};

const ENGLISH: Lexicon = {
  arabic: false,
  verbs: [
    ...verbs('say', 'said says say stated denied denies demanded insisted insists warned added adds'),
    ...verbs('say', 'announced announces', { namesAct: true }),
    ...verbs('say', 'wrote writes tweeted'),
    // Verbs of emphasis and admission that report a claim: `pointed out`, `underlined that`, `acknowledged that`.
    ...verbs('say', 'pointed_out points_out underlined underlines underscored emphasized emphasised reiterated asserted acknowledged admitted'),
    // `expressed hope that…`: the hope is what was said.
    ...verbs('say', 'expressed_hope expressed_confidence expressed_concern voiced_hope voiced_concern', { needsNext: ['that'] }),
    ...verbs('say', 'claimed confirmed declared reported noted explained stressed argued called_for described'),
    // `alleged that…`, `he alleged`: a charge reported as the speaker's claim.
    ...verbs('say', 'alleged alleges'),
    ...verbs('say', 'told tells', { takesObject: true }),
    ...verbs('say', 'claims', { needsNext: ['to', 'that'] }),
    ...verbs('participle', 'saying adding insisting claiming denying calling_for alleging'),
    ...verbs('participle', 'warning noting stressing underlining emphasizing emphasising', { needsNext: ['that'] }),
    ...verbs('participle', 'pointing_out'),
    ...verbs('according', 'according_to as_reported_by'),
    ...verbs('accuse', 'accused accuses accusing'),
  ],
  complementizers: set('that'),
  subjectComplementizers: set(''),
  boundaries: [
    ...['while', 'whereas', ',as', ',amid', ',even_as', ',although'],
    // The reporter's words after a statement: `…, calling it…`, `…, after a night of talks`.
    ...[',calling', ',describing', ',referring_to', ',after', ',before', ',following', ',without'],
    // The journalist's time frame after a statement: `…, hours before the talks`.
    ...['hours', 'days', 'weeks', 'a_day', 'shortly', 'just'].flatMap((w) => [`,${w}_before`, `,${w}_after`]),
  ],
  timeWords: set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'),
  timePrepositions: set('on late early earlier'),
  skipPhrases: [['in', 'a', 'statement'], ['in', 'an', 'interview'], ['to', 'reporters'], ['to', 'journalists']],
  circumstancePrepositions: set('in at during after before on to from via through with'),
  circumstanceOnly: set('in at during after before from via through with'),
  qualifiers: set('as'),
  framePrefix: set('has have had also again later earlier separately both further then did does do will would not never t'),
  auxiliaries: set('has have had'),
  passiveAuxiliaries: set('been was were is are be'),
  negations: set('not never t'),
  reflexives: set(''),
  pronouns: set('he she it they'),
  conjunctions: set('and but'),
  relatives: set('who which'),
  determiners: set('the a an'),
  documentNouns: set('statement release communique readout'),
  personNouns: set('spokesman spokeswoman spokesperson minister president premier official diplomat envoy leader'),
  roleNouns: set(
    'minister ministry ministers spokesman spokeswoman spokesperson president presidency premier official officials government ' +
      'governor ambassador embassy chief director secretary chairman chairwoman commission commissioner court prosecutor ' +
      'prosecutors police army military mayor council parliament federation union agency authority authorities lawyer lawyers',
  ),
  sameSource: [['the', 'same', 'source'], ['from', 'the', 'same', 'source']],
  conditionals: set('if'),
};

const FRENCH: Lexicon = {
  arabic: false,
  verbs: [
    ...verbs('say', 'declare dit affirme assure estime indique souligne ajoute explique confirme dement nie exige'),
    ...verbs('say', 'reclame avertit insiste martele fait_etat_de fait_etat_d appelle'),
    // The narrative infinitive: `…, et d'ajouter : « … »`, the subject that of the sentence.
    ...verbs('say', 'd_ajouter de_preciser d_affirmer de_souligner', { needsIntro: true }),
    ...verbs('say', 'dite dits dites precise dementi averti appele ecrit juge', { needsAux: true }),
    ...verbs('say', 'annonce', { needsAux: true, namesAct: true }),
    // Verbs that report a charge, a reminder or an admission: `a dénoncé`, `a rappelé que`, `a reconnu que`.
    ...verbs('say', 'denonce rappele reconnu', { needsAux: true }),
    ...verbs('say', 'rappelle regrette deplore', { needsIntro: true }),
    // `a tenu à rappeler que…`: an insisting auxiliary before the reporting verb.
    ...verbs('say', 'tenu_a_rappeler tenu_a_souligner tenu_a_preciser tenu_a_affirmer', { needsAux: true }),
    ...verbs('participle', 'affirmant declarant assurant estimant ajoutant precisant soulignant indiquant expliquant'),
    ...verbs('participle', 'dementant niant appelant insistant jugeant'),
    ...verbs('participle', 'annoncant', { namesAct: true }),
    ...verbs('according', 'selon d_apres tel_que_rapporte_par telle_que_rapportee_par'),
    ...verbs('according', 'pour', { leadsSentence: true }),
    // `…, a-t-on appris auprès de l'Élysée`: the wire's way of naming who told it.
    ...verbs('according', 'appris_aupres_de appris_aupres_du appris_aupres_des'),
    ...verbs('accuse', 'accuse accusee accuses accusees accusant'),
  ],
  complementizers: set('que qu'),
  subjectComplementizers: set(''),
  boundaries: [
    ...['tandis_que', 'alors_que', 'pendant_que', ',ou', ',peu_avant', ',peu_apres', ',quelques_heures_avant'],
    // The reporter's words after a statement: `…, qualifiant…`, `…, au lendemain de…`, `…, après…`.
    ...[',qualifiant', ',apres', ',avant', ',au_lendemain', ',a_l_issue', ',tel_que', ',telle_que', ',sans'],
  ],
  timeWords: set('lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin aujourd hui'),
  timePrepositions: set('ce'),
  // Sentence adverbs between a verb and `que`: `regrette néanmoins que`, `estime toutefois que`.
  skipPhrases: [['dans', 'un', 'communique'], ['dans', 'une', 'declaration'], ['a', 'la', 'presse'], ['aux', 'journalistes'], ['neanmoins'], ['toutefois'], ['cependant'], ['pourtant'], ['par', 'ailleurs'],
    // More of them: `estime tout de même que`, `a affirmé d'ailleurs que`, `juge en outre que`.
    ['tout', 'de', 'meme'], ['quand', 'meme'], ['d', 'ailleurs'], ['en', 'outre'], ['egalement'], ['aussi'], ['encore']],
  circumstancePrepositions: set('dans lors devant sur a au aux apres avant pendant depuis par'),
  circumstanceOnly: set('dans lors devant apres avant pendant depuis par durant'),
  qualifiers: set('comme'),
  framePrefix: set('a ont avait avaient aurait auraient s se est sont t il elle ils elles on aussi egalement encore deja n ne pas jamais tout en'),
  auxiliaries: set('a ont avait avaient aurait auraient s se est sont'),
  passiveAuxiliaries: set('est sont ete etait etaient sera'),
  negations: set('ne n pas jamais'),
  reflexives: set('se s'),
  pronouns: set('il elle ils elles'),
  conjunctions: set('et mais'),
  relatives: set('qui'),
  determiners: set('le la l les un une'),
  documentNouns: set('communique declaration texte'),
  personNouns: set('ministre president premier parole responsable diplomate emissaire dirigeant chef'),
  roleNouns: set(
    'ministre ministere ministres president presidente presidence premier parole gouvernement prefet prefecture ambassadeur ' +
      'ambassade procureur parquet tribunal avocat avocats police armee maire conseil federation syndicat directeur directrice ' +
      'responsable responsables dirigeant chef autorites commission',
  ),
  sameSource: [['de', 'meme', 'source'], ['la', 'meme', 'source'], ['de', 'source', 'proche']],
  conditionals: set('si'),
};

function union(lexicons: Lexicon[]): Lexicon {
  const merged = (pick: (l: Lexicon) => Set<string>) => new Set(lexicons.flatMap((l) => [...pick(l)]));
  return {
    arabic: true,
    verbs: lexicons.flatMap((l) => l.verbs),
    complementizers: merged((l) => l.complementizers),
    subjectComplementizers: merged((l) => l.subjectComplementizers),
    boundaries: lexicons.flatMap((l) => l.boundaries),
    timeWords: merged((l) => l.timeWords),
    timePrepositions: merged((l) => l.timePrepositions),
    skipPhrases: lexicons.flatMap((l) => l.skipPhrases),
    circumstancePrepositions: merged((l) => l.circumstancePrepositions),
    circumstanceOnly: merged((l) => l.circumstanceOnly),
    qualifiers: merged((l) => l.qualifiers),
    framePrefix: merged((l) => l.framePrefix),
    auxiliaries: merged((l) => l.auxiliaries),
    passiveAuxiliaries: merged((l) => l.passiveAuxiliaries),
    negations: merged((l) => l.negations),
    reflexives: merged((l) => l.reflexives),
    pronouns: merged((l) => l.pronouns),
    conjunctions: merged((l) => l.conjunctions),
    relatives: merged((l) => l.relatives),
    determiners: merged((l) => l.determiners),
    documentNouns: merged((l) => l.documentNouns),
    personNouns: merged((l) => l.personNouns),
    roleNouns: merged((l) => l.roleNouns),
    sameSource: lexicons.flatMap((l) => l.sameSource),
    conditionals: merged((l) => l.conditionals),
  };
}

const LEXICONS: Record<string, Lexicon> = { ar: ARABIC, en: ENGLISH, fr: FRENCH };
const ALL = union([ARABIC, ENGLISH, FRENCH]);

/** The lexicon for a language tag (`ar`, `fr-CA`…); for languages without one, all of them together. */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language.toLowerCase().split('-')[0] ?? ''] ?? ALL;
}
