import Answers
import Extraction

/// Who pays, for a person: one block per payer and beneficiary, one entry per statement
/// (mechanism, amount, from when, how sure, who says so in aligned columns; then the sentence
/// cut around its trigger and `file:line`), then what no document settles.
enum WhoPaysText {
  static let modalities: [FundingModality: String] = [
    .realised: "réalisé", .planned: "prévu", .possible: "possible", .obligation: "obligation",
    .requested: "demandé",
  ]

  static func print(topic: String, documents: Int, report: FundingReport) {
    let count = report.statements.count
    Output.line(
      "Qui paie ? « \(topic) » : \(count) relation(s) de financement dans \(documents) "
        + "document(s).")
    printKeyStatements(report.keyStatements)
    let widths = (0..<4).map { column in
      report.statements.map { columns($0)[column].count }.max() ?? 0
    }
    for group in report.groups {
      Output.line("")
      let payer = group.payer ?? "(payeur non nommé)"
      Output.line(payer + (group.beneficiary.map { " → \($0)" } ?? ""))
      printRows(group.statements, widths: widths)
    }
    guard !report.openPoints.isEmpty else { return }
    Output.line("")
    Output.line("Ce qu'aucun document ne tranche :")
    for point in report.openPoints {
      Output.line("  - \(point.text)  \(point.sources.map(\.location).joined(separator: "  "))")
    }
  }

  /// "En bref": one line per affirmed or requested relation, payer first.
  static func printKeyStatements(_ statements: [FundingStatement]) {
    guard !statements.isEmpty else { return }
    Output.line("")
    Output.line("En bref :")
    let rows = statements.map { statement -> [String] in
      let relation = statement.relation
      let inferred =
        relation.payerInferred == nil ? "" : " (déduit de « \(relation.payerAnaphor ?? "") »)"
      let payer =
        (relation.payer ?? "?") + inferred + (statement.beneficiary.map { " → \($0)" } ?? "")
      let how = modalities[relation.modality] ?? relation.modality.rawValue
      let mechanism = relation.mechanism.rawValue
      let agreement = statement.agreement.map { ", selon " + lowercasedFirst($0.text) } ?? ""
      return [
        payer, mechanism == relation.modality.rawValue ? mechanism : "\(mechanism), \(how)",
        speaker(statement.source) + agreement,
      ]
    }
    let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      Output.line(
        "  " + TimelineText.pad(row[0], widths[0]) + "  " + TimelineText.pad(row[1], widths[1])
          + "  " + row[2])
    }
  }

  static func printRows(_ statements: [FundingStatement], widths: [Int]) {
    for statement in statements {
      let row = columns(statement)
      let cells = zip(row, widths).map { TimelineText.pad($0, $1) }
      Output.line("  " + cells.joined(separator: "  ") + "  " + speaker(statement.source))
      let focus = AnswerSummary.utf8Range(
        of: statement.relation.trigger, in: statement.relation.sentence.text)
      let summary = AnswerSummary.around(statement.relation.sentence.text, focus: focus)
      Output.line("      « \(summary) »  \(statement.source.location)")
    }
  }

  static func columns(_ statement: FundingStatement) -> [String] {
    let relation = statement.relation
    var how = modalities[relation.modality] ?? relation.modality.rawValue
    if relation.polarity == .negative {
      how = relation.modality == .realised ? "nié/manquant" : "nié/manquant, \(how)"
    }
    var time = relation.time.map(timeText) ?? ""
    if time.isEmpty, let agreement = statement.agreement {
      time = "selon " + lowercasedFirst(agreement.text)
    }
    return [relation.mechanism.rawValue, FrenchAmountText.text(relation.amount) ?? "", time, how]
  }

  /// "L'accord du 4 juin 2024" → "l'accord du 4 juin 2024", to follow "selon".
  static func lowercasedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  static func timeText(_ time: MentionFacts) -> String {
    guard let iso = time.value?.string, let date = EventDate(iso) else { return time.text }
    return TimelineDateText.french(date, mod: time.mod, relation: time.relation)
  }

  /// "question de M. X (14 janvier 2025)", "réponse du Gouvernement (…) du 11 mars 2025".
  static func speaker(_ source: AnswerSource) -> String {
    let speaker = source.speaker
    let date = speaker.date.map { FrenchDateFormat.long($0) }
    switch speaker.role {
    case .question:
      return "question de \(speaker.name ?? "?")" + (date.map { " du \($0)" } ?? "")
    case .answer:
      return "réponse du Gouvernement" + (speaker.name.map { " (\($0))" } ?? "")
        + (date.map { " du \($0)" } ?? "")
    case .announcement:
      return "communiqué" + (speaker.name.map { " de \($0)" } ?? "")
        + (date.map { " du \($0)" } ?? "")
    case .document:
      return "document" + (date.map { " du \($0)" } ?? "")
    }
  }
}
