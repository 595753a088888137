import Answers
import Foundation

/// `parlindex timeline TOPIC`: the dated events of a topic, merged across documents.
struct TimelineCommand: Command {
  static let name = "timeline"
  static let abstract =
    "Dated events on a topic, merged across documents, oldest first, each with its sources."
  static let synopsis =
    "timeline TOPIC [filters] [--index DIR] [--json | --csv [--excel]]"
  static let options: [OptionSpec] = TopicOptions.exportOptions(rows: "event and source")

  var topic: TopicOptions

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
  }

  func run() throws {
    let (timeline, documents) = try answer()
    switch topic.format {
    case .json: Output.json(TimelineJSON.object(topic: topic.text, timeline: timeline))
    case .csv(let dialect): Output.csv(TimelineCSV.export(timeline), dialect)
    case .text:
      TimelineText.print(topic: topic.text, documents: documents, timeline: timeline)
    }
  }

  /// The timeline and how many documents it was drawn from.
  func answer() throws -> (Timeline, Int) {
    let documents = try topic.documents()
    let timeline = Timeline(
      records: documents.map(\.record), topic: AnswerTopicTerms(topic.query))
    return (timeline, documents.count)
  }

  /// The `--csv` table.
  func export() throws -> CSVExport { TimelineCSV.export(try answer().0) }
}
