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
/// - Words are ANDed; `OR` (upper case) binds tighter than the implicit AND:
///   `prime ségur OR laforcade` is `prime AND (ségur OR laforcade)`. Parentheses group.
/// - `-x` and `NOT x` exclude a word, phrase or group; a query (or group) needs a positive part,
///   and an exclusion cannot be an alternative of `OR`.
/// - `"…"` (also `“…”`, `«…»`) is a phrase; `mot*` a prefix with at least 3 letters before `*`.
/// - A word the analyzer splits (`médico-social`, `L. 314-6`) becomes
///   `(phrase of its parts) OR joined term`, as the analyzer indexed both.
/// - Lone stop words (`de`, `la`, `et`…) are dropped from an implicit AND when other words remain;
///   they are kept in phrases, `OR` and exclusions.
public struct QueryParser: Sendable {
  public let analyzer: FrenchAnalyzer

  public init(analyzer: FrenchAnalyzer) { self.analyzer = analyzer }

  public func parse(_ text: String) throws(QueryError) -> Query {
    var lexer = QueryLexer(analyzer: analyzer, text: text)
    let items = try lexer.lex()
    guard !items.isEmpty else { throw QueryError(message: "empty query", column: 1) }
    var grammar = QueryGrammar(items: items)
    return try grammar.parseQuery()
  }
}
