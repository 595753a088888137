import Foundation

/// The closed word lists of the quantity scanner (folded forms).
enum QuantityLexicon {
  enum Qualifier: Sendable { case approximate, bound(Bound) }

  /// Words before a number: approximation and bounds, longest first.
  static let qualifiers = PatternSet<Qualifier>([
    ("environ", .approximate), ("près de", .approximate), ("près d'", .approximate),
    ("quelque", .approximate), ("autour de", .approximate), ("autour d'", .approximate),
    ("approximativement", .approximate), ("de l'ordre de", .approximate),
    ("de l'ordre d'", .approximate), ("aux alentours de", .approximate),
    ("pas loin de", .approximate), ("presque", .approximate), ("à peu près", .approximate),
    ("plus de", .bound(.min)), ("plus d'", .bound(.min)), ("au moins", .bound(.min)),
    ("au minimum", .bound(.min)), ("au-delà de", .bound(.min)), ("supérieur à", .bound(.min)),
    ("supérieure à", .bound(.min)), ("supérieurs à", .bound(.min)), ("minimum de", .bound(.min)),
    ("pas plus de", .bound(.max)), ("jusqu'à", .bound(.max)), ("moins de", .bound(.max)),
    ("moins d'", .bound(.max)), ("dans la limite de", .bound(.max)),
    ("dans la limite d'", .bound(.max)), ("au plus", .bound(.max)), ("au maximum", .bound(.max)),
    ("maximum de", .bound(.max)), ("plafond de", .bound(.max)), ("plafonné à", .bound(.max)),
    ("plafonnée à", .bound(.max)), ("inférieur à", .bound(.max)), ("inférieure à", .bound(.max)),
  ])

  static let wordScales: WordTable<Decimal> = [
    "mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
  ]

  /// Abbreviations that scale a number only when a currency follows ("300 M€").
  static let symbolScales: WordTable<Decimal> = [
    "k": 1000, "m": 1_000_000, "md": 1_000_000_000, "mds": 1_000_000_000,
    "mrd": 1_000_000_000, "mrds": 1_000_000_000, "g": 1_000_000_000,
  ]

  static let currencies = PatternSet<QuantityCurrency>([
    ("€", .eur), ("euros", .eur), ("euro", .eur), ("eur", .eur), ("d'euros", .eur),
    ("d'euro", .eur), ("de euros", .eur), ("de €", .eur), ("dollars", .usd), ("dollar", .usd),
    ("de dollars", .usd), ("$", .usd),
  ])

  static let periods: WordTable<String> = [
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W", "trimestriel": "P3M", "trimestrielle": "P3M",
    "trimestriels": "P3M", "trimestrielles": "P3M",
  ]

  /// The noun after "par" or "/" that makes a period.
  static let periodNouns: WordTable<String> = [
    "mois": "P1M", "an": "P1Y", "annee": "P1Y", "semaine": "P1W", "jour": "P1D",
    "trimestre": "P3M",
  ]

  static let bases: WordTable<Basis> = [
    "net": .net, "nets": .net, "nette": .net, "nettes": .net,
    "brut": .gross, "bruts": .gross, "brute": .gross, "brutes": .gross,
  ]

  /// Preceding words that make the number an identifier, a page or an article number.
  static let identifierCues = PatternSet<Bool>([
    ("n°", true), ("n °", true), ("numéro", true), ("numéros", true), ("page", true),
    ("pages", true), ("p.", true), ("article", true), ("articles", true), ("art.", true),
    ("l.", true), ("r.", true), ("d.", true), ("alinéa", true), ("chapitre", true), ("titre", true),
    ("annexe", true), ("tome", true), ("paragraphe", true), ("§", true), ("question", true),
    ("législature", true), ("amendement", true), ("amendements", true), ("décret", true),
    ("arrêté", true), ("loi", true), ("circulaire", true), ("instruction", true), ("lfss", true),
    ("plfss", true), ("lfi", true), ("plf", true), ("jo", true), ("jorf", true),
  ])

  static let ordinalSuffixes: WordTable<Bool> = [
    "e", "er", "ere", "re", "eme", "emes", "ieme", "iemes", "nd", "nde", "d", "de", "°", "è",
  ]

  /// Words that cannot be the noun of a count.
  static let notNouns: WordTable<Bool> = [
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "et", "ou",
    "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "que", "qu", "qui", "dont", "ce",
    "ces", "cet", "cette", "se", "s", "sa", "son", "ses", "leur", "leurs", "il", "ils", "elle",
    "elles", "on", "nous", "vous", "y", "ne", "n", "pas", "plus", "moins", "tres", "fois",
    "environ", "soit", "ont", "sont", "est", "sera", "seront", "ete", "mais", "donc", "ni",
    "car", "comme", "ainsi", "aussi", "entre", "vers", "chez", "depuis", "pendant", "selon",
    "apres", "avant", "jusqu", "hors", "contre", "euros", "euro", "eur", "centimes", "ans", "an",
    "annee", "annees", "mois", "jour", "jours", "semaine", "semaines", "heure", "heures", "h",
    "minutes", "points", "point", "mille", "millions", "milliards", "million", "milliard",
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
    "premier", "premiere", "dernier", "derniere", "prochain", "prochaine", "reprises", "sur",
    "pourcent", "pour", "cent", "m", "md", "mds", "k", "g", "me", "mme", "mm", "fin", "debut",
    "nos", "vos", "notre", "votre", "mes", "tes", "mon", "ton", "ma", "ta", "tiers", "quart",
    "quarts", "moitie", "cinquieme", "cinquiemes", "dixieme", "dixiemes", "centieme", "seconde",
    "secondes", "trimestre", "trimestres", "semestre", "semestres", "decennie", "decennies",
    "siecle", "siecles", "supplementaires", "millier", "milliers", "centaine", "centaines",
    "dizaine", "dizaines",
  ]

  /// Adjectives that may stand between a number and its noun ("40 nouveaux postes").
  static let preAdjectives: WordTable<Bool> = [
    "dernier", "derniers", "derniere", "dernieres", "prochain", "prochains", "prochaine",
    "prochaines", "premier", "premiers", "premiere", "premieres", "nouveau", "nouveaux",
    "nouvelle", "nouvelles", "autres", "seuls", "seules", "grands", "grandes", "petits",
    "petites", "principaux", "principales", "meilleurs", "meilleures",
  ]
}
