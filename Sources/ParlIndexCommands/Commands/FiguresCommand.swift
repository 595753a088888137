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
  static let synopsis = "figures [TOPIC | VALUE] [filters] [--index DIR] [--json]"
  static let options = TopicOptions.options

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
    let reader = try topic.openIndex()
    let selection = TopicSelection(reader: reader)
    let records = selection.documents(matching: topic.query, filter: topic.filter).map(\.record)
    var report = FigureReport(topic: topic.text, records: records)
    if let probe { report = report.selecting(probe) }
    if topic.json {
      Output.json(FigureJSON.object(report, probe: probe))
    } else {
      FigureText.print(report)
    }
  }
}
