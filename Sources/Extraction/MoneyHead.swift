/// Finds the noun an amount measures: the nearest head word before it in its clause
/// ("une revalorisation mensuelle nette de 183 euros" → "revalorisation", "un financement de
/// 300 millions d'euros" → "financement", "a financé … à hauteur de 300 M€" → "financé").
enum MoneyHead {
  /// Folded head words (nouns, and verbs that stand for their noun).
  static let heads: WordTable<Bool> = [
    "prime", "primes", "revalorisation", "revalorisations", "augmentation", "augmentations",
    "hausse", "hausses", "complement", "remuneration", "remunerations", "salaire", "salaires",
    "indemnite", "indemnites", "bonification", "enveloppe", "enveloppes", "financement",
    "financements", "dotation", "dotations", "credits", "credit", "budget", "fonds", "aide",
    "aides", "subvention", "subventions", "compensation", "cout", "couts", "montant", "effort",
    "investissement", "investissements", "plan", "allocation", "contribution", "depense",
    "depenses", "economies", "deficit", "recettes", "finance", "financee", "financees", "finances",
    "financera", "augmentant", "augmente", "augmentee", "consacre", "consacree", "mobilise",
    "mobilises", "alloue", "allouee", "debloque", "verse", "versee", "versement",
    "cheque", "forfait", "bonus", "gratification", "traitement",
  ]

  static let clauseBreaks: PunctuationSet = ",;:.()?!"

  /// The head word as written, within fourteen tokens before `first` and its clause, or nil.
  static func head(before first: Int, in view: TokenView) -> String? {
    // The global marks are read once, not at each token (a `swift_once` each).
    let breaks = clauseBreaks
    var cursor = first - 1
    var seen = 0
    while cursor >= 0, cursor < view.count, seen < 14,
      !breaks.containsSymbol(view.tokens[cursor])
    {
      if view.tokens[cursor].isWord, heads.contains(view.tokens[cursor]) {
        return view.tokens[cursor].text
      }
      if view.tokens[cursor].isNumber { return nil }
      cursor -= 1
      seen += 1
    }
    return nil
  }

}
