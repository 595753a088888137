import Extraction
import Foundation

/// The normalised value of a mention in French for a person ("183 € nets par mois", "6 août
/// 2024", "dès juillet 2024", "CASF L314-6", "1/5 (0,2)"), and what was inferred to get it.
enum MentionFormat {
  static func value(_ facts: MentionFacts) -> String {
    switch facts.type {
    case .amount, .count, .number, .percent, .points: return quantity(facts)
    case .ratio: return ratio(facts)
    case .date: return anchored(date(facts.value?.string ?? "?", mod: facts.mod), facts.relation)
    case .reference: return reference(facts)
    case .actor:
      let name = facts.normalized ?? facts.text
      return facts.role.map { $0 == name ? name : "\(name), \($0)" } ?? name
    }
  }

  static func quantity(_ facts: MentionFacts) -> String {
    guard let number = facts.value?.decimal else { return facts.text }
    let qualifier = FigureFormat.qualifier(
      approximate: facts.approximate == true, bound: facts.bound)
    switch facts.type {
    case .amount:
      return qualifier
        + FigureFormat.amount(
          number, currency: facts.currency, basis: facts.basis, period: facts.period,
          unitPer: facts.unitPer)
    case .count: return qualifier + FigureFormat.number(number) + " " + (facts.noun ?? "")
    case .percent: return qualifier + FigureFormat.number(number) + " %"
    case .points: return qualifier + FigureFormat.number(number) + " points"
    default: return qualifier + FigureFormat.number(number)
    }
  }

  static func ratio(_ facts: MentionFacts) -> String {
    let value = facts.value?.decimal.map(FigureFormat.number) ?? "?"
    var text = value
    if let numerator = facts.numerator, let denominator = facts.denominator {
      text = "\(FigureFormat.number(numerator))/\(FigureFormat.number(denominator)) (\(value))"
    }
    return facts.noun.map { "\(text) \($0)" } ?? text
  }

  static func reference(_ facts: MentionFacts) -> String {
    var parts = [facts.normalized ?? facts.kind ?? "reference"]
    if let subdivision = facts.subdivision { parts.append("(\(subdivision))") }
    if let date = facts.date { parts.append("du " + self.date(date, mod: nil)) }
    return parts.joined(separator: " ")
  }

  static let months = FrenchDateFormat.months

  /// "2024-06-04" → "4 juin 2024"; "2025-Q1" → "1er trimestre 2025"; "2022-SU" → "été 2022".
  static func date(_ iso: String, mod: DateMod?) -> String {
    let parts = iso.split(separator: "-").map(String.init)
    let year = parts.first.map { $0 == "XXXX" ? "(année inconnue)" : $0 } ?? iso
    var text = year
    if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
      text = "\(months[month - 1]) \(year)"
      if parts.count == 3, let day = Int(parts[2]) {
        text = "\(day == 1 ? "1er" : String(day)) \(text)"
      }
    } else if parts.count == 2 {
      text = period(parts[1]).map { "\($0) \(year)" } ?? iso
    }
    switch mod {
    case .start: return "début " + text
    case .mid: return "mi-" + text
    case .end: return "fin " + text
    case .approx: return "vers " + text
    case nil: return text
    }
  }

  static func period(_ code: String) -> String? {
    let names = [
      "Q1": "1er trimestre", "Q2": "2e trimestre", "Q3": "3e trimestre", "Q4": "4e trimestre",
      "H1": "1er semestre", "H2": "2e semestre", "SP": "printemps", "SU": "été",
      "FA": "automne", "WI": "hiver",
    ]
    return names[code]
  }

  static func anchored(_ text: String, _ relation: DateRelation?) -> String {
    switch relation {
    case .from: return "dès " + text
    case .since: return "depuis " + text
    case .until: return "jusqu'à " + text
    case .before: return "avant " + text
    case .after: return "après " + text
    case nil: return text
    }
  }

  /// What the extractor inferred rather than read: said in the output, never silent.
  static func notes(_ facts: MentionFacts) -> [String] {
    var notes: [String] = []
    if facts.nounInherited == true { notes.append("noun inherited from the previous count") }
    if facts.yearFrom == "tense" {
      notes.append("year from the verb's tense")
    } else if facts.yearFrom == "discourse" {
      notes.append("year from the last year written")
    } else if facts.resolved == true {
      notes.append("relative date resolved against the document date")
    }
    if [.amount, .percent, .points].contains(facts.type), let change = facts.kind {
      notes.append("\(change), not a level")
    }
    if facts.resolved == false { notes.append("relative date, unresolved") }
    if let candidates = facts.candidates, !candidates.isEmpty {
      notes.append("either " + candidates.map { date($0, mod: nil) }.joined(separator: " or "))
    }
    if facts.inherited == true { notes.append("code inherited from an earlier reference") }
    if facts.retroactive == true { notes.append("retroactive") }
    if let head = facts.head { notes.append("of: \(head)") }
    return notes
  }
}
