import Answers

/// The `stats --json` object: `{"asOf", "ministries": [{"ministry", "questions", "answered",
/// "open", "overdue", "closed", "medianDelayDays", "answeredWithinTwoMonths"}]}`; the share is a fraction
/// (0 to 1, three decimals), null when no question's two months have run out.
enum StatsJSON {
  static func object(_ report: StatsReport) -> JSONValue {
    .object([
      ("asOf", .optional(report.asOf?.iso)),
      ("ministries", .array(report.ministries.map(row))),
    ])
  }

  static func row(_ row: StatsReport.Row) -> JSONValue {
    .object([
      ("ministry", .string(row.ministry)),
      ("questions", .int(row.questions)),
      ("answered", .int(row.answered)),
      ("open", .int(row.open)),
      ("overdue", .int(row.overdue)),
      ("closed", .int(row.closed)),
      ("medianDelayDays", row.medianDelayDays.map(JSONValue.double) ?? .null),
      (
        "answeredWithinTwoMonths",
        row.answeredWithinTwoMonths.map { .double(($0 * 1000).rounded() / 1000) } ?? .null
      ),
    ])
  }
}
