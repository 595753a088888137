import Answers
import Foundation
import FrenchText
import Indexing
import Search

/// The arguments every topic command shares (`timeline`, `who-pays`, `figures`…): a topic in the
/// query language of `cli.md`, the search filters, `--index` and `--json`.
struct TopicOptions {
  static let options: [OptionSpec] =
    [CommonOptions.index] + CommonOptions.filters + [CommonOptions.json, CommonOptions.help]

  /// The options of a topic command that exports: `--csv` and `--excel` besides `--json`.
  static func exportOptions(rows: String) -> [OptionSpec] {
    [CommonOptions.index] + CommonOptions.filters + [
      CommonOptions.json, OutputFormat.csvOption(rows: rows), OutputFormat.excelOption,
      CommonOptions.help,
    ]
  }

  /// The topic as typed (the positionals joined by spaces).
  var text: String
  var query: Query
  var filter: SearchFilter
  var indexDirectory: String
  var json: Bool
  /// Text, JSON or CSV (`--csv`, `--excel`, when the command offers them).
  var format: OutputFormat

  /// Parses the topic and filters; `required` makes an empty topic a usage error.
  init(_ arguments: ParsedArguments, command: String, required: Bool = true) throws(UsageError) {
    text = arguments.positionals.joined(separator: " ")
    filter = try FilterOptions.filter(from: arguments, command: command)
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
    format = try OutputFormat.parse(arguments, command: command)
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty {
      guard !required else {
        throw UsageError(
          "missing TOPIC: give the words to look for, e.g. parlindex \(command) \"prime ségur\"",
          command: command)
      }
      query = .and([])
      return
    }
    do {
      query = try QueryParser(analyzer: FrenchAnalyzer()).parse(text)
    } catch {
      throw UsageError(QueryAdvice.message(for: error, in: text, role: "TOPIC"), command: command)
    }
  }

  /// Opens the index named by `--index` (a missing or corrupt index is a runtime error).
  func openIndex() throws -> IndexReader {
    try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
  }

  /// Every document of the topic in the index named by `--index`, best first.
  func documents() throws -> [TopicDocument] {
    TopicSelection(reader: try openIndex()).documents(matching: query, filter: filter)
  }
}
