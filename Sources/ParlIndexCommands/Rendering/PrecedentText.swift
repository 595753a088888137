import Answers

/// Precedents for a person: rank, score, dates and answering ministry in aligned columns, the
/// title, the answer excerpt and `file:line`; then the answers sent to several questions.
enum PrecedentText {
  static func print(for text: String, target: PrecedentTarget, precedents: Precedents) {
    let what: String
    if case .document(let record) = target {
      what = "\(record.document.id) (« \(record.document.title ?? "") »)"
    } else {
      what = "« \(text) »"
    }
    Output.line("Précédents pour \(what) : \(precedents.results.count) question(s) antérieure(s).")
    let rows = precedents.results.map(columns)
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for (result, row) in zip(precedents.results, rows) {
      Output.line("")
      let cells = zip(row.dropLast(), widths).map { TimelineText.pad($0, $1) }
      Output.line((cells + [row[row.count - 1]]).joined(separator: "  "))
      if let title = result.title { Output.line("      « \(title) »") }
      if let excerpt = result.answerExcerpt {
        Output.line("      Réponse : « \(excerpt) »")
      }
      if let family = result.family {
        Output.line(
          "      Texte de réponse envoyé à \(family.documentIDs.count) questions : "
            + family.documentIDs.joined(separator: ", "))
      }
      Output.line("      \(result.file):\(result.answerLine.map(String.init) ?? "1")")
    }
    printFamilies(precedents.families)
  }

  /// The answers reused for several questions, each once with its shared sentences.
  static func printFamilies(_ families: [AnswerFamily]) {
    guard !families.isEmpty else { return }
    Output.line("")
    Output.line("Réponses qui reprennent les mêmes paragraphes :")
    for family in families {
      Output.line(
        "  - envoyée à \(family.documentIDs.count) questions "
          + "(\(family.sharedSentences) phrase(s) communes) : "
          + family.documentIDs.joined(separator: ", "))
      Output.line("    « \(AnswerSummary.around(family.sample, width: 120)) »")
    }
  }

  static func columns(_ result: PrecedentResult) -> [String] {
    let asked = result.questionDate.map { "posée le " + FrenchDateFormat.long($0) } ?? "non datée"
    let answered =
      result.answerDate.map { "réponse le " + FrenchDateFormat.long($0) } ?? "sans réponse datée"
    let score = String(Int((result.score * 100).rounded())) + " %"
    return [
      score, result.id, asked, answered + (result.ministryAnswering.map { " (\($0))" } ?? ""),
    ]
  }
}
