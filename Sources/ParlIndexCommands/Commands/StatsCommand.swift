import Answers
import Corpus
import Foundation
import FrenchText
import Indexing
import Search

/// `parlindex stats`: per answering ministry, questions, answered, median answer delay, share
/// answered within two months, and the questions still open at `--as-of`.
struct StatsCommand: Command {
  static let name = "stats"
  static let abstract =
    "Answer statistics per answering ministry (delays, share within two months, open ones)."
  static let synopsis =
    "stats [--as-of YYYY-MM-DD] [filters] [--index DIR] [--json | --csv [--excel]]"
  static let options: [OptionSpec] =
    [
      .value(
        "--as-of", "YYYY-MM-DD",
        "Count as of this date (default: the newest date in the index).")
    ] + CommonOptions.filters + [
      CommonOptions.index, CommonOptions.json, OutputFormat.csvOption(rows: "ministry"),
      OutputFormat.excelOption,
      CommonOptions.help,
    ]

  var indexDirectory: String
  var format: OutputFormat
  var asOf: CalendarDate?
  var filter: SearchFilter

  init(arguments: ParsedArguments) throws(UsageError) {
    if let first = arguments.positionals.first {
      let flag = "-" + first
      if first.hasPrefix("-"), Self.options.contains(where: { $0.flag == flag }) {
        throw UsageError(
          "stats takes no positional argument, got '\(first)'; did you mean \(flag)?",
          command: Self.name)
      }
      throw UsageError(
        "stats takes no positional argument, got '\(first)'; narrow it with the filters "
          + "instead, e.g. --ministry santé", command: Self.name)
    }
    indexDirectory = arguments.value("--index") ?? "index"
    format = try OutputFormat.parse(arguments, command: Self.name)
    filter = try FilterOptions.filter(from: arguments, command: Self.name)
    if let text = arguments.value("--as-of") {
      guard let date = CalendarDate(parsing: text), text.count == 10, text.contains("-") else {
        throw UsageError(
          "--as-of expects a day YYYY-MM-DD, got '\(text)'; write e.g. --as-of 2025-03-31",
          command: Self.name)
      }
      asOf = date
    }
  }

  func run() throws {
    let report = try answer()
    switch format {
    case .json: Output.json(StatsJSON.object(report))
    case .csv(let dialect):
      Output.csv(StatsCSV.export(report, writer: CSVWriter(dialect)), dialect)
    case .text: StatsText.print(report)
    }
  }

  /// The `--csv` table in `dialect`.
  func export(_ dialect: CSVWriter.Dialect) throws -> CSVExport {
    StatsCSV.export(try answer(), writer: CSVWriter(dialect))
  }

  /// The statistics of the filtered questions at `--as-of` (default: the newest date).
  func answer() throws -> StatsReport {
    let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
    let matcher = StatsFilter(filter)
    var documents: [Document] = []
    var newest: CalendarDate?
    reader.forEachRecord { record in
      var document = record.document
      document.sections = []
      if let date = StatsReport.newestDate(in: [document]), newest.map({ date > $0 }) ?? true {
        newest = date
      }
      if matcher.matches(document) { documents.append(document) }
    }
    return StatsReport(documents: documents, asOf: asOf ?? newest)
  }
}
