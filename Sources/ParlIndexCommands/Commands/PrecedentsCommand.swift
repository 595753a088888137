import Answers
import Foundation
import Indexing
import Search

/// `parlindex precedents DOC|TEXT`: earlier questions on the same subject, most similar first.
/// DOC is a document id or a path as indexed; anything else is free text.
struct PrecedentsCommand: Command {
  static let name = "precedents"
  static let abstract =
    "Earlier questions on the same subject with the government's answers, most similar first."
  static let synopsis = "precedents DOC|TEXT [--limit N] [filters] [--index DIR] [--json]"
  static let options: [OptionSpec] =
    [.value("--limit", "N", "How many questions to show (default 10).")] + TopicOptions.options

  var text: String
  var limit: Int
  var filter: SearchFilter
  var indexDirectory: String
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    text = arguments.positionals.joined(separator: " ")
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError("missing DOC or TEXT", command: Self.name)
    }
    filter = try FilterOptions.filter(from: arguments, command: Self.name)
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
    limit = 10
    if let value = arguments.value("--limit") {
      guard let number = Int(value), number >= 0 else {
        throw UsageError("--limit expects a number, got '\(value)'", command: Self.name)
      }
      limit = number
    }
  }

  func run() throws {
    let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
    let selection = TopicSelection(reader: reader)
    let record = reader.record(id: text) ?? reader.record(path: text)
    let target: PrecedentTarget = record.map { .document($0) } ?? .text(text)
    if record == nil, !text.contains(" "), text.contains("-") || text.contains("/") {
      Output.diagnostic(
        "warning", "no document '\(text)' in \(indexDirectory)/; searching it as free text")
    }
    let allowed: Set<String>? =
      filter.isEmpty
      ? nil : Set(selection.documents(matching: .and([]), filter: filter).map(\.match.id))
    let precedents = Precedents(
      target: target, records: selection.allDocuments(), allowed: allowed, limit: limit)
    if json {
      Output.json(PrecedentJSON.object(for: text, precedents: precedents))
    } else {
      PrecedentText.print(for: text, target: target, precedents: precedents)
    }
  }
}
