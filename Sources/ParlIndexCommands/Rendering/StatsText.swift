import Answers
import Foundation

/// `stats` for a person: one aligned line per ministry, the date the figures hold at first.
enum StatsText {
  static let headers = [
    "questions", "answered", "open", "overdue", "closed", "median days", "≤ 2 months",
  ]

  static func print(_ report: StatsReport) {
    let date = report.asOf.map(FrenchDateFormat.long) ?? "no dated question"
    Output.line("as of \(date)")
    guard !report.ministries.isEmpty else {
      Output.line("no question")
      return
    }
    let rows = report.ministries.map { row -> [String] in
      [
        Self.shortened(row.ministry), String(row.questions), String(row.answered), String(row.open),
        String(row.overdue), String(row.closed), row.medianDelayDays.map { Self.number($0) } ?? "-",
        row.answeredWithinTwoMonths.map { "\(Int(($0 * 100).rounded())) %" } ?? "-",
      ]
    }
    let table = [["ministry"] + headers] + rows
    let widths = (0..<table[0].count).map { column in
      table.map { $0[column].count }.max() ?? 0
    }
    for line in table {
      let cells = line.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + padding : padding + cell
      }
      Output.line(cells.joined(separator: "  "))
    }
  }

  /// The name cut to 60 characters ("…" marking the cut), so that the table stays readable.
  static func shortened(_ name: String) -> String {
    name.count <= 60 ? name : String(name.prefix(59)) + "…"
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }
}
