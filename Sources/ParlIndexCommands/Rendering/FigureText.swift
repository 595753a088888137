import Answers
import Extraction
import Foundation

/// `figures` for a person: one block per measure (agreeing or not), then one line per source
/// in aligned columns: the value in French, the document, the text as written, `file:line`.
enum FigureText {
  static func print(_ report: FigureReport) {
    let groups = report.groups
    let documents = Set(groups.flatMap { $0.values.flatMap(\.documentIDs) }).count
    let subject = report.topic.isEmpty ? "all documents" : "« \(report.topic) »"
    Output.line(
      "\(groups.count) measure\(groups.count == 1 ? "" : "s") in \(documents) "
        + "document\(documents == 1 ? "" : "s") (\(subject))")
    guard !groups.isEmpty else { return }
    let rows = groups.map(rows(for:))
    let widths = (0..<3).map { column in
      rows.joined().map { $0.cells[column].count }.max() ?? 0
    }
    for (group, lines) in zip(groups, rows) {
      Output.line("")
      Output.line(heading(group))
      for row in lines {
        let cells = (0..<3).map { pad(row.cells[$0], widths[$0]) }
        Output.line("  " + cells.joined(separator: "  ") + "  " + row.location)
      }
    }
  }

  static func heading(_ group: FigureGroup) -> String {
    let documents = group.documentCount
    let where_ = "\(documents) document\(documents == 1 ? "" : "s")"
    if group.agree { return "\(group.measure): agree (\(where_))" }
    return "\(group.measure): DISAGREE, \(group.values.count) values (\(where_))"
  }

  struct Row {
    var cells: [String]
    var location: String
  }

  static func rows(for group: FigureGroup) -> [Row] {
    var rows: [Row] = []
    for figure in group.values {
      for (index, source) in figure.sources.enumerated() {
        let shown = index == 0 ? format(figure) : ""
        let written = "« \(source.text) »" + (source.nounInherited ? " (noun inherited)" : "")
        rows.append(
          Row(
            cells: [shown, source.documentID, written],
            location: SourceJSON.location(source.sentence)))
      }
    }
    return rows
  }

  /// "183 € nets par mois", "près de 700 000", "plus de 330 000".
  static func format(_ figure: FigureValue) -> String {
    let qualifier = FigureFormat.qualifier(approximate: figure.approximate, bound: figure.bound)
    if figure.type == .amount {
      return qualifier
        + FigureFormat.amount(
          figure.value, currency: figure.currency, basis: figure.basis, period: figure.period)
    }
    return qualifier + FigureFormat.number(figure.value)
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
