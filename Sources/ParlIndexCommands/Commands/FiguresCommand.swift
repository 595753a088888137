import Answers
import Extraction
import Foundation
import Search

/// `parlindex figures [TOPIC | VALUE]`: every amount and count of the matching documents,
/// grouped by what they measure, with their sources and whether the documents agree. A VALUE
/// ("183 €", "300 M€", "700 000") shows the groups that contain it, over all documents.
struct FiguresCommand: Command {
  static let name = "figures"
  static let abstract =
    "Amounts and counts of a topic grouped by what they measure; where documents disagree."
  static let synopsis =
    "figures [TOPIC | VALUE] [filters] [--index DIR] [--json | --csv [--excel]]"
  static let options = TopicOptions.exportOptions(rows: "value and source")

  var topic: TopicOptions
  var probe: FigureProbe?

  init(arguments: ParsedArguments) throws(UsageError) {
    probe = FigureProbe.parse(arguments.positionals.joined(separator: " "))
    var topicArguments = arguments
    if probe != nil { topicArguments.positionals = [] }
    topic = try TopicOptions(topicArguments, command: Self.name, required: false)
    if probe != nil { topic.text = arguments.positionals.joined(separator: " ") }
  }

  func run() throws {
    let report = try answer()
    switch topic.format {
    case .json: Output.json(FigureJSON.object(report, probe: probe))
    case .csv(let dialect):
      Output.csv(FigureCSV.export(report, writer: CSVWriter(dialect)), dialect)
    case .text: FigureText.print(report)
    }
  }

  /// The figures of the topic, narrowed to the VALUE when one was given.
  func answer() throws -> FigureReport {
    let reader = try topic.openIndex()
    let selection = TopicSelection(reader: reader)
    let records = selection.documents(matching: topic.query, filter: topic.filter).map(\.record)
    let report = FigureReport(topic: topic.text, records: records)
    return probe.map { report.selecting($0) } ?? report
  }

  /// The `--csv` table in `dialect`.
  func export(_ dialect: CSVWriter.Dialect) throws -> CSVExport {
    FigureCSV.export(try answer(), writer: CSVWriter(dialect))
  }
}
