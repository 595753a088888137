/// How a command writes its answer: text for a person, one JSON object, or a CSV table (RFC 4180,
/// or the French spreadsheet dialect of `--excel`).
enum OutputFormat: Sendable, Equatable {
  case text
  case json
  case csv(CSVWriter.Dialect)

  /// `--csv`, its help naming what one row is ("hit", "ministry").
  static func csvOption(rows: String) -> OptionSpec {
    .switch("--csv", "Write CSV (RFC 4180, UTF-8) to standard output, one row per \(rows).")
  }

  static let excelOption = OptionSpec.switch(
    "--excel", "CSV for French spreadsheets: byte-order mark, ';', decimal commas.")

  /// `--json`, `--csv` and `--excel` (alone or with `--csv`); JSON and CSV exclude each other.
  static func parse(_ arguments: ParsedArguments, command: String) throws(UsageError)
    -> OutputFormat
  {
    let excel = arguments.has("--excel")
    let csv = arguments.has("--csv") || excel
    if csv, arguments.has("--json") {
      let flag = excel ? "--excel" : "--csv"
      throw UsageError(
        "--json and \(flag) exclude each other: keep one of them (JSON or CSV output)",
        command: command)
    }
    if csv { return .csv(excel ? .excel : .rfc4180) }
    return arguments.has("--json") ? .json : .text
  }
}
