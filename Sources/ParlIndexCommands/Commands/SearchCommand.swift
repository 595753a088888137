import Foundation
import FrenchText
import Indexing
import Search

/// `parlindex search QUERY` (ranked documents with snippets) and `search --batch` (JSON lines).
struct SearchCommand: Command {
  static let name = "search"
  static let abstract = "Ranked documents for a query, each with a snippet and file:line."
  static let synopsis = "search QUERY [--limit N] [filters] [--json] | search --batch [filters]"
  static let options: [OptionSpec] =
    [
      .value("--limit", "N", "How many hits to show (default 10)."),
      .switch("--batch", "Read one query per line on standard input, write one JSON line each."),
      CommonOptions.index,
    ] + CommonOptions.filters + [CommonOptions.json, CommonOptions.help]

  var queryText: String
  var batch: Bool
  var limit: Int
  var filter: SearchFilter
  var indexDirectory: String
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    batch = arguments.has("--batch")
    queryText = arguments.positionals.joined(separator: " ")
    if batch, !queryText.isEmpty {
      throw UsageError("--batch reads its queries from standard input", command: Self.name)
    }
    if !batch, queryText.trimmingCharacters(in: .whitespaces).isEmpty {
      throw UsageError("missing QUERY", command: Self.name)
    }
    limit = 10
    if let text = arguments.value("--limit") {
      guard let value = Int(text), value >= 0 else {
        throw UsageError("--limit expects a number, got '\(text)'", command: Self.name)
      }
      limit = value
    }
    filter = try FilterOptions.filter(from: arguments, command: Self.name)
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
  }

  func run() throws {
    let analyzer = FrenchAnalyzer()
    let parser = QueryParser(analyzer: analyzer)
    if batch {
      let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
      let searcher = Searcher(reader: reader, analyzer: analyzer)
      while let line = readLine(strippingNewline: true) {
        Output.json(answer(line, parser: parser, searcher: searcher))
      }
      return
    }
    let query: Query
    do {
      query = try parser.parse(queryText)
    } catch {
      throw UsageError("query: \(error.description)", command: Self.name)
    }
    let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
    let results = try Searcher(reader: reader, analyzer: analyzer)
      .checkedSearch(query, filter: filter, limit: limit)
    if json {
      Output.json(SearchJSON.object(query: queryText, results: results))
    } else {
      SearchText.print(query: queryText, results: results)
    }
  }

  /// One `--batch` answer: the results, or the parse error with its column.
  private func answer(_ line: String, parser: QueryParser, searcher: Searcher) -> JSONValue {
    do {
      let query = try parser.parse(line)
      let results = try searcher.checkedSearch(query, filter: filter, limit: limit)
      return SearchJSON.object(query: line, results: results)
    } catch {
      return .object([("query", .string(line)), ("error", .string(String(describing: error)))])
    }
  }
}
