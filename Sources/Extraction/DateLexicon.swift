import FrenchText

/// The closed word lists of the date scanner (folded forms).
enum DateLexicon {
  /// Anchors before a date, longest first.
  static let relations = PatternSet<DateRelation>([
    ("dès", .from), ("à compter de", .from), ("à compter du", .from), ("à compter d'", .from),
    ("à partir de", .from), ("à partir du", .from), ("à partir d'", .from),
    ("avec effet au", .from), ("avec effet rétroactif au", .from), ("avec effet à", .from),
    ("depuis", .since), ("depuis le", .since), ("jusqu'à", .until), ("jusqu'au", .until),
    ("jusqu'en", .until), ("d'ici", .until), ("d'ici à", .until), ("d'ici au", .until),
    ("d'ici la", .until), ("d'ici le", .until), ("avant", .before), ("avant le", .before),
    ("avant la", .before), ("avant l'", .before), ("après", .after), ("après le", .after),
    ("après la", .after), ("après l'", .after), ("au plus tard le", .until),
  ])

  /// Fuzzy parts before a date; a nil mod only widens the text ("au cours de l'année").
  static let mods = PatternSet<DateMod?>([
    ("début", .start), ("au début de", .start), ("au début du", .start),
    ("dès le début de", .start),
    ("en début de", .start), ("début de", .start), ("mi", .mid), ("à la mi", .mid),
    ("fin", .end), ("à la fin de", .end), ("à la fin du", .end), ("en fin de", .end),
    ("fin de", .end), ("à la fin d'", .end), ("courant", nil), ("au cours de", nil),
    ("au cours du", nil), ("dans le courant de", nil), ("dans la courant de", nil),
    ("dans le courant du", nil), ("vers", .approx), ("aux alentours de", .approx),
    ("autour de", .approx),
  ])

  /// Words that stand for the year before a year number ("l'année 2025").
  static let yearNouns = PatternSet<Bool>([
    ("l'année", true), ("année", true), ("l'an", true), ("l'exercice", true), ("exercice", true),
  ])

  /// Year-relative expressions: the offset from the reference year, or the month offset.
  static let relativeYears = PatternSet<Int>([
    ("l'année dernière", -1), ("l'an dernier", -1), ("l'année passée", -1), ("cette année", 0),
    ("l'année en cours", 0), ("l'année prochaine", 1), ("l'an prochain", 1),
  ])

  static let relativeMonths = PatternSet<Int>([
    ("le mois dernier", -1), ("le mois précédent", -1), ("ce mois-ci", 0), ("le mois prochain", 1),
  ])

  static let ordinals: WordTable<Int> = [
    "premier": 1, "1er": 1, "second": 2, "deuxieme": 2, "2e": 2, "2eme": 2, "2nd": 2,
    "troisieme": 3,
    "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4,
  ]

  static let seasons: WordTable<DateSeason> = [
    "printemps": .spring, "ete": .summer, "automne": .fall, "hiver": .winter,
  ]

  static let seasonDeterminers: WordTable<Bool> = ["le", "l", "cet", "en", "au", "ce", "'"]

  /// Every month name and abbreviation (`FrenchMonth`): its number, and whether it is an
  /// abbreviation that may take a dot; looked up by a token's key.
  static let months: WordTable<(number: Int, abbreviation: Bool)> = WordTable(
    FrenchMonth.names.sorted().compactMap { name in
      FrenchMonth.number(of: name).map { (name, ($0, FrenchMonth.isAbbreviation(name))) }
    })

  /// Words before a bare month that make it a date ("en juin", "fin juin").
  static let monthCues: WordTable<Bool> = [
    "en", "de", "d", "'", "depuis", "des", "avant", "apres", "courant", "mois", "fin", "debut",
    "mi", "-", "jusqu", "ici", "au", "a", "le",
  ]
}
