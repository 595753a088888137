import Answers

/// `stats --csv`: one row per answering ministry. These rows are aggregates over many questions,
/// so they carry no file or line (`show` or `search --ministry` finds the questions); `as_of`
/// repeats the date the figures hold at, so that every row stands alone.
enum StatsCSV {
  static let header = [
    "ministry", "questions", "answered", "open", "overdue", "closed", "median_delay_days",
    "answered_within_two_months", "as_of",
  ]

  static func export(_ report: StatsReport, writer: CSVWriter) -> CSVExport {
    let rows = report.ministries.map { row -> [String] in
      [
        row.ministry, String(row.questions), String(row.answered), String(row.open),
        String(row.overdue), String(row.closed),
        row.medianDelayDays.map { writer.number($0, decimals: 1) } ?? "",
        row.answeredWithinTwoMonths.map { writer.number($0, decimals: 3) } ?? "",
        report.asOf?.iso ?? "",
      ]
    }
    return CSVExport(header: header, rows: rows)
  }
}
