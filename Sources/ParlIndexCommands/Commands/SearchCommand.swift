import Foundation
import FrenchText
import Indexing
import Search

/// `parlindex search QUERY` (ranked documents with snippets) and `search --batch` (JSON lines).
struct SearchCommand: Command {
  static let name = "search"
  static let abstract = "Ranked documents for a query, each with a snippet and file:line."
  static let synopsis =
    "search QUERY [--limit N] [filters] [--json | --csv [--excel]] | search --batch [filters]"
  static let options: [OptionSpec] =
    [
      .value("--limit", "N", "How many hits to show (default 10)."),
      .switch("--batch", "Read one query per line on standard input, write one JSON line each."),
      CommonOptions.index,
    ] + CommonOptions.filters + [
      CommonOptions.json, OutputFormat.csvOption(rows: "hit"), OutputFormat.excelOption,
      CommonOptions.help,
    ]

  var queryText: String
  var batch: Bool
  var limit: Int
  var filter: SearchFilter
  var indexDirectory: String
  var format: OutputFormat

  init(arguments: ParsedArguments) throws(UsageError) {
    batch = arguments.has("--batch")
    queryText = arguments.positionals.joined(separator: " ")
    if batch, !queryText.isEmpty {
      throw UsageError(
        "--batch reads its queries from standard input, got '\(queryText)' too; drop the "
          + "QUERY or drop --batch", command: Self.name)
    }
    if !batch, queryText.trimmingCharacters(in: .whitespaces).isEmpty {
      throw UsageError(
        "missing QUERY: give the words to look for, e.g. parlindex search \"prime ségur\"",
        command: Self.name)
    }
    limit = 10
    if let text = arguments.value("--limit") {
      guard let value = Int(text), value >= 0 else {
        throw UsageError(
          "--limit expects a whole number (0 or more), got '\(text)'; write e.g. --limit 5",
          command: Self.name)
      }
      limit = value
    }
    filter = try FilterOptions.filter(from: arguments, command: Self.name)
    indexDirectory = arguments.value("--index") ?? "index"
    format = try OutputFormat.parse(arguments, command: Self.name)
    if batch, case .csv = format {
      throw UsageError(
        "--batch writes one JSON line per query; drop --csv/--excel, or search one QUERY",
        command: Self.name)
    }
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
    let results = try answer()
    switch format {
    case .json: Output.json(SearchJSON.object(query: queryText, results: results))
    case .csv(let dialect):
      Output.csv(SearchCSV.export(results, writer: CSVWriter(dialect)), dialect)
    case .text: SearchText.print(query: queryText, results: results)
    }
  }

  /// The ranked hits of the query.
  func answer() throws -> SearchResults {
    let analyzer = FrenchAnalyzer()
    let query: Query
    do {
      query = try QueryParser(analyzer: analyzer).parse(queryText)
    } catch {
      throw UsageError(
        QueryAdvice.message(for: error, in: queryText, role: "QUERY"), command: Self.name)
    }
    let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
    return try Searcher(reader: reader, analyzer: analyzer)
      .checkedSearch(query, filter: filter, limit: limit)
  }

  /// The `--csv` table in `dialect`.
  func export(_ dialect: CSVWriter.Dialect) throws -> CSVExport {
    SearchCSV.export(try answer(), writer: CSVWriter(dialect))
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
