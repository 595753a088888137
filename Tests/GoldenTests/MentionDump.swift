import Corpus
import Extraction
import Foundation

/// A readable dump of every mention and funding relation of a document, one per line, for the
/// golden mention files: line, type, normalised value and qualifiers, and the text as written.
enum MentionDump {
  static func dump(_ record: DocumentRecord) -> String {
    var lines = ["# \(record.document.id) (\(record.document.file))", "## mentions"]
    for mention in record.mentions {
      let text = mention.text.replacingOccurrences(of: "\n", with: "⏎")
      lines.append("L\(mention.line) \(mention.type.rawValue) \(facts(mention.facts)) «\(text)»")
    }
    lines.append("## funding")
    for relation in record.funding { lines.append(funding(relation)) }
    return lines.joined(separator: "\n") + "\n"
  }

  static func facts(_ facts: MentionFacts) -> String {
    var parts: [String] = [value(facts.value)]
    func add(_ key: String, _ value: String?) { if let value { parts.append("\(key)=\(value)") } }
    add("currency", facts.currency)
    add("period", facts.period)
    add("basis", facts.basis?.rawValue)
    add("approximate", facts.approximate == true ? "true" : nil)
    add("bound", facts.bound?.rawValue)
    add("noun", facts.noun)
    add("nounInherited", facts.nounInherited.map(String.init))
    add("unitPer", facts.unitPer)
    add("head", facts.head)
    add("role", facts.role)
    add("numerator", facts.numerator.map { "\($0)" })
    add("denominator", facts.denominator.map { "\($0)" })
    add("relation", facts.relation?.rawValue)
    add("retroactive", facts.retroactive.map(String.init))
    add("mod", facts.mod?.rawValue)
    add("resolved", facts.resolved.map(String.init))
    add("kind", facts.kind)
    add("normalized", facts.normalized)
    add("date", facts.date)
    add("inherited", facts.inherited.map(String.init))
    return parts.joined(separator: " ")
  }

  static func value(_ value: MentionValue?) -> String {
    switch value {
    case .number(let number): return "\(number)"
    case .text(let text): return text
    case nil: return "-"
    }
  }

  static func funding(_ relation: FundingRelation) -> String {
    var parts = [
      "L\(relation.sentence.span.line)", "payer=\(relation.payer ?? "null")",
      "mechanism=\(relation.mechanism.rawValue)", "recipient=\(relation.recipient ?? "null")",
      "object=\(relation.object ?? "null")",
      "amount=\(relation.amount.map { value($0.value) } ?? "null")",
      "time=\(relation.time.map { value($0.value) } ?? "null")",
      "modality=\(relation.modality.rawValue)", "polarity=\(relation.polarity.rawValue)",
      "temporariness=\(relation.temporariness.rawValue)",
    ]
    if !relation.conditions.isEmpty {
      parts.append("conditions=[\(relation.conditions.joined(separator: " | "))]")
    }
    if relation.qualifiedByNextSentence == true { parts.append("qualifiedByNextSentence") }
    if relation.recipientFromAnaphora == true { parts.append("recipientFromAnaphora") }
    parts.append("statedBy=\(relation.statedBy?.rawValue ?? "null")")
    parts.append("trigger=«\(relation.trigger)»")
    return parts.joined(separator: " ")
  }
}
