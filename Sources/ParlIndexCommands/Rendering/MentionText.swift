import Extraction

/// Mentions as text for a person: one line each, in aligned columns: type, normalised value
/// (French formatting), the text as written, what was inferred, and `file:line` last.
enum MentionText {
  static func print(_ mentions: [Mention]) {
    let rows = mentions.map { mention -> [String] in
      let notes = MentionFormat.notes(mention.facts)
      return [
        mention.type.rawValue, MentionFormat.value(mention.facts),
        "« " + mention.text.replacingOccurrences(of: "\n", with: " ") + " »",
        notes.isEmpty ? "" : "[" + notes.joined(separator: "; ") + "]",
        "\(mention.sentence.span.file):\(mention.sentence.span.line)",
      ]
    }
    for line in aligned(rows) { Output.line("  " + line) }
  }

  /// Funding relations for a person: payer, mechanism, recipient, object, amount, modality,
  /// polarity, temporariness, conditions and who states it, then `file:line`.
  static func print(funding relations: [FundingRelation]) {
    for relation in relations {
      var parts = [
        "\(relation.payer ?? "(payer not named)") \(relation.mechanism.rawValue)",
        relation.recipient.map { "→ \($0)" }, relation.object.map { "for \($0)" },
        relation.amount.map { MentionFormat.value($0) },
        relation.time.map { MentionFormat.value($0) },
        "[\(relation.modality.rawValue), \(relation.polarity.rawValue)",
      ].compactMap { $0 }
      if relation.temporariness != .unspecified {
        parts.append(relation.temporariness.rawValue)
      }
      parts += relation.conditions.map { "if: \($0)" }
      if let inferred = relation.payerInferred {
        let pronoun = relation.payerAnaphor.map { " «\($0)»" } ?? ""
        parts.append(
          "payer inferred from the \(inferred.replacingOccurrences(of: "-", with: " "))\(pronoun)")
      }
      if let speaker = relation.statedBy { parts.append("stated by \(speaker.rawValue)") }
      parts[parts.count - 1] += "]"
      let location = "\(relation.sentence.span.file):\(relation.sentence.span.line)"
      Output.line("  funding  " + parts.joined(separator: " ") + "  " + location)
    }
  }

  /// A longer cell overflows its column rather than widening every row.
  static let maxWidth = 36

  /// Rows padded so that every column but the last starts at the same place.
  static func aligned(_ rows: [[String]]) -> [String] {
    guard let columns = rows.first?.count else { return [] }
    let widths = (0..<columns).map { column in
      min(maxWidth, rows.map { $0[column].count }.max() ?? 0)
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == columns - 1 || widths[column] == 0
          ? cell : cell + String(repeating: " ", count: max(0, widths[column] - cell.count))
      }.joined(separator: "  ")
    }
  }
}
