import Answers
import Foundation

/// `parlindex timeline TOPIC`: the dated events of a topic, merged across documents.
struct TimelineCommand: Command {
  static let name = "timeline"
  static let abstract =
    "Dated events on a topic, merged across documents, oldest first, each with its sources."
  static let synopsis = "timeline TOPIC [filters] [--index DIR] [--json]"
  static let options: [OptionSpec] = TopicOptions.options

  var topic: TopicOptions

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
  }

  func run() throws {
    let documents = try topic.documents()
    let timeline = Timeline(
      records: documents.map(\.record), topic: AnswerTopicTerms(topic.query))
    if topic.json {
      Output.json(TimelineJSON.object(topic: topic.text, timeline: timeline))
    } else {
      TimelineText.print(topic: topic.text, documents: documents.count, timeline: timeline)
    }
  }
}
