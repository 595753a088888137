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
  static let synopsis = "stats [--as-of YYYY-MM-DD] [filters] [--index DIR] [--json]"
  static let options: [OptionSpec] =
    [
      .value(
        "--as-of", "YYYY-MM-DD",
        "Count as of this date (default: the newest date in the index).")
    ] + CommonOptions.filters + [CommonOptions.index, CommonOptions.json, CommonOptions.help]

  var indexDirectory: String
  var json: Bool
  var asOf: CalendarDate?
  var filter: SearchFilter

  init(arguments: ParsedArguments) throws(UsageError) {
    guard arguments.positionals.isEmpty else {
      throw UsageError("stats takes no positional argument", command: Self.name)
    }
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
    filter = try FilterOptions.filter(from: arguments, command: Self.name)
    if let text = arguments.value("--as-of") {
      guard let date = CalendarDate(parsing: text), text.count == 10, text.contains("-") else {
        throw UsageError("--as-of expects YYYY-MM-DD, got '\(text)'", command: Self.name)
      }
      asOf = date
    }
  }

  func run() throws {
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
    let report = StatsReport(documents: documents, asOf: asOf ?? newest)
    if json {
      Output.json(StatsJSON.object(report))
    } else {
      StatsText.print(report)
    }
  }
}
