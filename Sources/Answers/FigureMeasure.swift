import Extraction
import FrenchText

/// What an amount or a count measures, as a readable key: the type, the counted noun or the
/// amount's head noun (folded, singular, synonyms joined), the currency, the basis, the period
/// and the unit ("revalorisation salariale, EUR, net, per month"; "salariés concernés").
public struct FigureMeasure: Sendable {
  let analyzer = FrenchAnalyzer()

  public init() {}

  /// Head nouns (folded, singular) that name the same measure.
  static let headClasses: [String: String] = {
    var table: [String: String] = [:]
    let classes: [(String, [String])] = [
      (
        "revalorisation salariale",
        [
          "prime", "revalorisation", "augmentation", "hausse", "complement", "remuneration",
          "salaire", "bonification", "augmentant", "augmente", "augmentee", "traitement",
        ]
      ),
      (
        "financement",
        [
          "financement", "finance", "financee", "financera",
        ]
      ),
      ("compensation", ["compensation"]),
      ("coût", ["cout", "depense", "charge"]),
    ]
    for (label, heads) in classes { for head in heads { table[head] = label } }
    return table
  }()

  /// Counted nouns (folded, singular) that count the same people.
  static let nounClasses: [String: String] = {
    var table: [String: String] = [:]
    let people = [
      "salarie", "professionnel", "agent", "personnel", "travailleur", "employe", "soignant",
      "personne",
    ]
    for noun in people { table[noun] = "salariés concernés" }
    return table
  }()

  /// The measure of an amount or a count; nil for other mentions.
  public func key(for facts: MentionFacts) -> String? {
    switch facts.type {
    case .amount: return amountKey(facts)
    case .count: return countKey(facts)
    default: return nil
    }
  }

  func amountKey(_ facts: MentionFacts) -> String {
    let head = facts.head.flatMap(term).map { Self.headClasses[$0] ?? $0 } ?? "montant"
    var parts = [head]
    parts.append(facts.currency ?? "no currency")
    if let basis = facts.basis { parts.append(basis == .net ? "net" : "gross") }
    if let period = facts.period { parts.append(Self.periodName(period)) }
    if let unit = facts.unitPer { parts.append("per " + (term(unit) ?? unit)) }
    return parts.joined(separator: ", ")
  }

  func countKey(_ facts: MentionFacts) -> String? {
    guard let noun = facts.noun else { return nil }
    let lemma = term(noun) ?? noun.lowercased()
    let label = Self.nounClasses[lemma] ?? noun.lowercased()
    return facts.nounInherited == true ? label + " (part of a larger count)" : label
  }

  /// The folded, singular term of a word ("Revalorisations" → "revalorisation").
  func term(_ word: String) -> String? {
    analyzer.normalize(word)
  }

  static func periodName(_ period: String) -> String {
    switch period {
    case "P1M": return "per month"
    case "P1Y": return "per year"
    case "P1W": return "per week"
    case "P1D": return "per day"
    case "P3M": return "per quarter"
    default: return "per " + period
    }
  }
}
