/// A parsed query, its words already analysed (folded) by the French analyzer.
public indirect enum Query: Sendable, Hashable {
  /// One folded term.
  case term(String)
  /// Folded terms that must be adjacent and in order.
  case phrase([String])
  /// Every term starting with this folded prefix (`logem*`).
  case prefix(String)
  /// All of these.
  case and([Query])
  /// Any of these.
  case or([Query])
  /// Excludes documents matching this (only meaningful inside an `and`).
  case not(Query)
}
