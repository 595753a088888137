import FrenchText

/// A query that cannot be parsed: the message and the 1-based column (in characters) concerned.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  public var message: String
  public var column: Int

  public init(message: String, column: Int) {
    self.message = message
    self.column = column
  }

  public var description: String { "\(message) (column \(column))" }
}

/// Parses the query language of `cli.md` into a `Query`, analysing words with the French analyzer.
///
/// PLACEHOLDER: every word is ANDed; the query work replaces the body.
public struct QueryParser: Sendable {
  public let analyzer: FrenchAnalyzer

  public init(analyzer: FrenchAnalyzer) { self.analyzer = analyzer }

  public func parse(_ text: String) throws(QueryError) -> Query {
    let terms = analyzer.terms(in: text)
    guard !terms.isEmpty else { throw QueryError(message: "empty query", column: 1) }
    return terms.count == 1 ? .term(terms[0]) : .and(terms.map(Query.term))
  }
}
