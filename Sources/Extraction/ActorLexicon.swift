/// The closed list of actors (`french-expressions.md` §4.7): funders and public bodies, with
/// their normalised name and kind.
enum ActorLexicon {
  /// An actor's normalised name and kind (`state`, `department`, `region`…).
  struct Entry: Sendable {
    var name: String
    var kind: String
    /// `name == "État"`, decided once.
    var isState: Bool
    /// `name.hasSuffix("de France")`, decided once.
    var ofFrance: Bool

    init(name: String, kind: String) {
      self.name = name
      self.kind = kind
      isState = name == "État"
      ofFrance = name.hasSuffix("de France")
    }
  }

  static let bodies = PatternSet<Entry>([
    ("l'État", .init(name: "État", kind: "state")), ("l'Etat", .init(name: "État", kind: "state")),
    ("État", .init(name: "État", kind: "state")), ("Etat", .init(name: "État", kind: "state")),
    ("Gouvernement", .init(name: "Gouvernement", kind: "state")),
    ("départements", .init(name: "départements", kind: "department")),
    ("conseils départementaux", .init(name: "départements", kind: "department")),
    ("conseil départemental", .init(name: "départements", kind: "department")),
    ("Départements de France", .init(name: "Départements de France", kind: "department")),
    ("ADF", .init(name: "Départements de France", kind: "department")),
    ("régions", .init(name: "régions", kind: "region")),
    ("conseils régionaux", .init(name: "régions", kind: "region")),
    ("conseil régional", .init(name: "régions", kind: "region")),
    ("Régions de France", .init(name: "Régions de France", kind: "region")),
    ("branche autonomie", .init(name: "branche autonomie", kind: "autonomy-branch")),
    ("CNSA", .init(name: "branche autonomie", kind: "autonomy-branch")),
    (
      "Caisse nationale de solidarité pour l'autonomie",
      .init(name: "branche autonomie", kind: "autonomy-branch")
    ),
    ("assurance maladie", .init(name: "assurance maladie", kind: "health-insurance")),
    ("ARS", .init(name: "ARS", kind: "ars")),
    ("agences régionales de santé", .init(name: "ARS", kind: "ars")),
    ("agence régionale de santé", .init(name: "ARS", kind: "ars")),
    ("associations", .init(name: "associations", kind: "association")),
    ("communes", .init(name: "communes", kind: "municipality")),
    ("EPCI", .init(name: "EPCI", kind: "municipality")),
  ])

  /// Words after which "départements", "régions"… are not actors ("départements ministériels").
  static let notActorFollowers: WordTable<Bool> = [
    "ministeriels", "d'outre", "francais", "ruraux", "limitrophes",
  ]

  /// Titles that make a role: "le Premier ministre", "la ministre du travail".
  static let roles = PatternSet<String>([
    ("Premier ministre", "Premier ministre"), ("Première ministre", "Première ministre"),
    ("Président de la République", "Président de la République"),
    ("ministre", "ministre"), ("ministre délégué", "ministre délégué"),
    ("ministre déléguée", "ministre déléguée"), ("secrétaire d'État", "secrétaire d'État"),
    ("député", "député"), ("députée", "députée"), ("sénateur", "sénateur"),
    ("sénatrice", "sénatrice"),
  ])

  /// Words that may continue a ministry's or a minister's portfolio ("du travail, de la santé
  /// et des familles").
  static let portfolioLinks: WordTable<Bool> = ["de", "du", "des", "d", "'", "la", "l", "et", ","]

  /// Words that end a portfolio.
  static let portfolioStops: WordTable<Bool> = [
    "sur", "que", "qui", "pour", "a", "au", "aux", "dans", "par", "en", "le", "les", "un", "une",
    "concernant", "quant", "afin", "lors", "depuis", "avec", "ce", "cette", "ces", "son", "sa",
  ]
}
