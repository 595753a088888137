/// Recursive descent over lexed query items.
///
///     query    := sequence
///     sequence := alternatives*            (implicit AND)
///     alternatives := unary ("OR" unary)*
///     unary    := ("-" | "NOT") primary | primary
///     primary  := clause | "(" sequence ")"
struct QueryGrammar {
  /// A parsed part of the query with what validation needs.
  struct Node {
    var query: Query
    var column: Int
    var isExclusion = false
    var isStopWord = false
  }

  private let items: [QueryItem]
  private var index = 0

  init(items: [QueryItem]) { self.items = items }

  mutating func parseQuery() throws(QueryError) -> Query {
    let nodes = try parseSequence()
    if index < items.count {
      throw QueryError(message: "unbalanced ')': no '(' before it", column: items[index].column)
    }
    return try combine(nodes, column: 1).query
  }

  private var current: QueryItem.Kind? { index < items.count ? items[index].kind : nil }

  private mutating func parseSequence() throws(QueryError) -> [Node] {
    var nodes: [Node] = []
    while let kind = current, kind != .close {
      nodes.append(try parseAlternatives())
    }
    return nodes
  }

  private mutating func parseAlternatives() throws(QueryError) -> Node {
    let first = try parseUnary()
    var alternatives = [first]
    while current == .or {
      let column = items[index].column
      index += 1
      guard let kind = current, kind != .close, kind != .or else {
        throw QueryError(message: "OR needs a word, phrase or group after it", column: column)
      }
      alternatives.append(try parseUnary())
    }
    guard alternatives.count > 1 else { return first }
    if let exclusion = alternatives.first(where: \.isExclusion) {
      throw QueryError(
        message: "an exclusion cannot be an alternative of OR", column: exclusion.column)
    }
    let queries = alternatives.flatMap { node -> [Query] in
      if case .or(let inner) = node.query { return inner }
      return [node.query]
    }
    return Node(query: .or(queries), column: first.column)
  }

  private mutating func parseUnary() throws(QueryError) -> Node {
    guard current == .not else { return try parsePrimary() }
    let column = items[index].column
    index += 1
    guard let kind = current, kind == .open || kind.isClause else {
      throw QueryError(
        message: "'-' or NOT needs a word, phrase or group after it", column: column)
    }
    let operand = try parsePrimary()
    return Node(query: .not(operand.query), column: column, isExclusion: true)
  }

  private mutating func parsePrimary() throws(QueryError) -> Node {
    let item = items[index]
    index += 1
    switch item.kind {
    case .clause(let query, let isStopWord):
      return Node(query: query, column: item.column, isStopWord: isStopWord)
    case .open:
      let nodes = try parseSequence()
      guard current == .close else {
        throw QueryError(message: "unclosed '('", column: item.column)
      }
      index += 1
      guard !nodes.isEmpty else {
        throw QueryError(message: "empty parentheses", column: item.column)
      }
      return try combine(nodes, column: item.column)
    case .or:
      throw QueryError(message: "OR needs a word, phrase or group before it", column: item.column)
    case .close, .not:
      throw QueryError(message: "unexpected '\(item.kind)'", column: item.column)
    }
  }

  /// The implicit AND of `nodes`: needs a positive part; lone stop words are dropped when
  /// other positive words remain; nested ANDs are flattened.
  private func combine(_ nodes: [Node], column: Int) throws(QueryError) -> Node {
    let positives = nodes.filter { !$0.isExclusion }
    guard !positives.isEmpty else {
      throw QueryError(
        message: "a query needs at least one word to search for, not only exclusions",
        column: nodes[0].column)
    }
    let hasContent = positives.contains { !$0.isStopWord }
    let kept = nodes.filter { !(hasContent && $0.isStopWord) }
    if kept.count == 1 { return kept[0] }
    let queries = kept.flatMap { node -> [Query] in
      if case .and(let inner) = node.query { return inner }
      return [node.query]
    }
    return Node(query: .and(queries), column: column)
  }
}

extension QueryItem.Kind {
  var isClause: Bool {
    if case .clause = self { return true }
    return false
  }
}
