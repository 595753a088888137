import Answers
import Foundation

/// `parlindex who-pays TOPIC`: funding relations of a topic grouped by payer and beneficiary.
struct WhoPaysCommand: Command {
  static let name = "who-pays"
  static let abstract =
    "Who funds, advances, compensates or bears the cost of what, for whom, as stated by whom."
  static let synopsis = "who-pays TOPIC [filters] [--index DIR] [--json]"
  static let options: [OptionSpec] = TopicOptions.options

  var topic: TopicOptions

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
  }

  func run() throws {
    let documents = try topic.documents()
    let report = FundingReport(
      records: documents.map(\.record), topic: AnswerTopicTerms(topic.query))
    if topic.json {
      Output.json(WhoPaysJSON.object(topic: topic.text, report: report))
    } else {
      WhoPaysText.print(topic: topic.text, documents: documents.count, report: report)
    }
  }
}
