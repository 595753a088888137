/// The closed word lists of the reference scanner (folded forms).
enum ReferenceLexicon {
  /// Codes and their usual abbreviations, after "du".
  static let codes = PatternSet<String>([
    ("code de l'action sociale et des familles", "CASF"), ("casf", "CASF"),
    ("code de la sécurité sociale", "CSS"), ("css", "CSS"),
    ("code de la santé publique", "CSP"), ("csp", "CSP"), ("code du travail", "CT"),
    ("code général des collectivités territoriales", "CGCT"), ("cgct", "CGCT"),
    ("code général des impôts", "CGI"), ("cgi", "CGI"),
    ("code de la construction et de l'habitation", "CCH"), ("cch", "CCH"),
    ("code civil", "CC"), ("code de procédure pénale", "CPP"),
    ("code de l'environnement", "CENV"),
  ])

  /// Légifrance's `LEGITEXT` identifier of each code abbreviation, checked against Légifrance's
  /// own links (`legifrance.gouv.fr/codes/texte_lc/<id>`); a code missing here gets none.
  static let legitext: [String: String] = [
    "CASF": "LEGITEXT000006074069", "CSS": "LEGITEXT000006073189",
    "CSP": "LEGITEXT000006072665", "CT": "LEGITEXT000006072050",
    "CGCT": "LEGITEXT000006070633", "CGI": "LEGITEXT000006069577",
    "CCH": "LEGITEXT000006074096", "CC": "LEGITEXT000006070721",
    "CPP": "LEGITEXT000006071154", "CENV": "LEGITEXT000006074220",
  ]

  /// "du même code": the code of the previous reference.
  static let sameCode = PatternSet<Bool>([
    ("du même code", true), ("de ce code", true), ("dudit code", true), ("de ce même code", true),
  ])

  /// Instruments introduced by a number ("n°") and/or a date ("du 23 décembre 2021").
  static let instruments = PatternSet<String>([
    ("loi", "law"), ("loi organique", "law"), ("ordonnance", "law"), ("décret", "decree"),
    ("décret en conseil d'état", "decree"), ("arrêté", "order"),
    ("arrêté interministériel", "order"),
    ("circulaire", "circular"), ("instruction", "circular"),
    ("instruction interministérielle", "circular"), ("instruction conjointe", "circular"),
    ("instruction ministérielle", "circular"), ("circulaire budgétaire", "circular"),
    ("note d'information", "circular"),
  ])

  /// Finance laws: the kind and the abbreviation the normalized form starts with.
  static let financeLaws = PatternSet<(String, String)>([
    ("loi de finances", ("finance-law", "LFI")),
    ("loi de finances initiale", ("finance-law", "LFI")),
    ("loi de finances rectificative", ("finance-law", "LFR")),
    ("projet de loi de finances", ("finance-law", "PLF")), ("lfi", ("finance-law", "LFI")),
    ("plf", ("finance-law", "PLF")), ("lfr", ("finance-law", "LFR")),
    ("loi de financement de la sécurité sociale", ("social-security-finance-law", "LFSS")),
    (
      "projet de loi de financement de la sécurité sociale",
      ("social-security-finance-law", "PLFSS")
    ),
    ("lfss", ("social-security-finance-law", "LFSS")),
    ("plfss", ("social-security-finance-law", "PLFSS")),
  ])

  static let agreements = PatternSet<Bool>([
    ("accord", false), ("accords", false), ("accord de branche", true),
    ("accords de branche", true), ("protocole d'accord", true), ("avenant", true),
    ("accord collectif", true), ("accord-cadre", true),
  ])

  static let events: WordTable<Bool> = [
    "conference", "congres", "assises", "sommet", "comite", "reunion", "forum", "journee",
    "etats", "grenelle",
  ]

  /// Words that introduce the date of an instrument or an event.
  static let dateIntroducers = PatternSet<Bool>([
    ("du", true), ("le", true), ("en date du", true), ("signé le", true), ("conclu le", true),
    ("conclus le", true), ("signés le", true), (", le", true), ("publié le", true),
  ])
}
