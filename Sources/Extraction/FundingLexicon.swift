/// The closed word lists of the funding scanner (folded forms), after
/// `french-expressions.md` §3.1.
enum FundingLexicon {
  /// Trigger word forms and their mechanism.
  static let triggers: WordTable<FundingMechanism> = {
    var table: [String: FundingMechanism] = [:]
    let families: [(FundingMechanism, [String])] = [
      (
        .directFunding,
        [
          "financer", "finance", "financent", "financera", "financeront", "financait",
          "financee", "finances", "financees", "financement", "financements",
        ]
      ),
      (
        .compensation,
        [
          "compenser", "compense", "compensera", "compenseront", "compensee", "compenses",
          "compensees", "compensation", "compensations",
        ]
      ),
      (
        .payment,
        [
          "verser", "verse", "versent", "versera", "verseront", "versee", "verses", "versees",
          "versement",
        ]
      ),
      (.advance, ["avancer", "avancera", "avanceront", "avancent"]),
      (
        .allocation,
        [
          "doter", "dotation", "allouer", "alloue", "allouee", "alloues", "allouees", "allouera",
          "alloueront", "allouent", "octroyer", "octroye", "octroyes", "octroyee", "octroyees",
          "octroie", "octroient", "octroiera", "debloquera", "mobilisera", "debloquer", "debloque",
          "debloquee",
          "mobiliser", "mobilise", "mobilisee", "mobilises", "abonder", "abonde",
        ]
      ),
      (.earmarking, ["consacrer", "consacre", "consacree", "consacres", "consacrees"]),
      (
        .coFunding,
        [
          "contribuer", "contribue", "contribuent", "contribuera", "contribueront", "contribution",
          "cofinancer",
        ]
      ),
      (.costBearing, ["assumer", "assume", "assumera", "supporter"]),
      (.selfFunding, ["puisent", "puiser", "puise"]),
      (.backgroundShare, ["financeur", "financeurs"]),
    ]
    for (mechanism, forms) in families {
      for form in forms { table[form] = mechanism }
    }
    return WordTable(table.sorted { $0.key < $1.key })
  }()

  /// Funders and their normalised names (the closed list of §4.7).
  static let funders = PatternSet<String>([
    ("état", "État"), ("etat", "État"), ("gouvernement", "État"), ("départements", "départements"),
    ("conseils départementaux", "départements"), ("départements de france", "départements"),
    ("adf", "départements"), ("régions", "régions"), ("régions de france", "régions"),
    ("branche autonomie", "branche autonomie"), ("cnsa", "branche autonomie"),
    ("assurance maladie", "assurance maladie"), ("ars", "ARS"), ("associations", "associations"),
    ("communes", "communes"), ("epci", "EPCI"), ("collectivités", "collectivités"),
  ])

  /// Forms that are also nouns ("les finances", "la finance").
  static let ambiguousNouns: WordTable<Bool> = ["finance", "finances", "verse", "avance", "charge"]
  static let nounDeterminers: WordTable<Bool> = [
    "la", "les", "des", "de", "aux", "du", "ses", "leurs", "nos", "vos", "sa", "leur", "l", "'",
  ]

  /// Triggers whose payer is the funder named after them ("compensation de l'État").
  static let nominalPayers: WordTable<Bool> = [
    "revient", "incombe", "charge", "effort", "soutien", "compensation", "compensations",
    "financement", "financements", "versement", "dotation", "contribution",
  ]

  static let shareAdverbs: WordTable<Bool> = [
    "majoritairement", "principalement", "essentiellement", "exclusivement", "partiellement",
  ]

  static let shareAdjectives: WordTable<Bool> = [
    "majoritaire", "principal", "premier", "unique", "historique", "naturel",
  ]

  static let clauseBreaks: PunctuationSet = ".;:?!"

  /// Words that end the object of a trigger.
  static let objectStops: WordTable<Bool> = [
    ",", ".", ";", ":", "(", ")", "pour", "par", "aux", "au", "des", "a", "afin", "qui", "que",
    "dans", "avec", "sans", "sur", "et", "ou", "ensuite", "depuis", "leur", "leurs", "sous",
    "si", "selon",
  ]

  static let determiners: WordTable<Bool> = [
    "le", "la", "les", "l", "'", "un", "une", "des", "du", "de", "d", "cet", "cette", "ces",
    "ce", "leur", "leurs", "sa", "son", "ses", "ensuite", "ainsi", "deja", "ores", "et",
    "egalement", "plus", "aussi", "notamment", "directement", "entierement", "partiellement",
  ]
}
