import Answers
import Foundation

/// `parlindex precedents DOC|TEXT`: earlier questions on the same subject, most similar first.
struct PrecedentsCommand: Command {
  static let name = "precedents"
  static let abstract =
    "Earlier questions on the same subject with the government's answers, most similar first."
  static let synopsis = "precedents DOC|TEXT [--limit N] [filters] [--index DIR] [--json]"
  static let options: [OptionSpec] = TopicOptions.options

  var topic: TopicOptions

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
  }

  func run() throws {
  }
}
