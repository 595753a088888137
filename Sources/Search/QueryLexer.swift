import FrenchText

/// One unit of a query after lexing, with its 1-based column (in characters).
struct QueryItem: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case open
    case close
    case or
    /// `-` before a word, phrase or group, or the keyword `NOT`.
    case not
    /// A word, phrase or prefix, already analysed; `isStopWord` for a lone stop word.
    case clause(Query, isStopWord: Bool)
  }

  var kind: Kind
  var column: Int
}

/// Splits query text into operators and analysed clauses.
///
/// Consecutive plain words are analysed together, so that what the analyzer joins in documents
/// is joined in queries too (`L. 314-6`, `150 000`); each resulting word is its own clause.
struct QueryLexer {
  let analyzer: FrenchAnalyzer
  private let chars: [Character]
  private var items: [QueryItem] = []
  /// The character range of the plain words read but not yet analysed.
  private var run: Range<Int>?

  init(analyzer: FrenchAnalyzer, text: String) {
    self.analyzer = analyzer
    self.chars = Array(text)
  }

  mutating func lex() throws(QueryError) -> [QueryItem] {
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char.isWhitespace {
        index += 1
        continue
      }
      switch char {
      case "(", ")":
        flushRun()
        items.append(QueryItem(kind: char == "(" ? .open : .close, column: index + 1))
        index += 1
      case "\"", "“", "«":
        flushRun()
        index = try lexPhrase(at: index)
      case "-" where index + 1 < chars.count && startsOperand(chars[index + 1]):
        flushRun()
        items.append(QueryItem(kind: .not, column: index + 1))
        index += 1
      default:
        index = try lexWord(at: index)
      }
    }
    flushRun()
    return items
  }

  private func startsOperand(_ char: Character) -> Bool {
    !char.isWhitespace && char != ")" && char != "-"
  }

  private mutating func lexWord(at start: Int) throws(QueryError) -> Int {
    var end = start
    while end < chars.count, !chars[end].isWhitespace, !"()\"“«".contains(chars[end]) {
      end += 1
    }
    let word = String(chars[start..<end])
    switch word {
    case "OR", "NOT":
      flushRun()
      items.append(QueryItem(kind: word == "OR" ? .or : .not, column: start + 1))
    case "AND":
      flushRun()
    case _ where word.contains("*"):
      flushRun()
      items.append(try prefix(word, column: start + 1))
    default:
      run = (run?.lowerBound ?? start)..<end
    }
    return end
  }

  private func prefix(_ word: String, column: Int) throws(QueryError) -> QueryItem {
    var stem = Substring(word)
    while stem.last == "*" { stem.removeLast() }
    if let star = stem.firstIndex(of: "*") {
      let offset = stem.distance(from: stem.startIndex, to: star)
      throw QueryError(message: "'*' is allowed only at the end of a word", column: column + offset)
    }
    guard let term = analyzer.prefixTerm(String(stem)),
      term.unicodeScalars.filter({ $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        .count >= 3
    else {
      throw QueryError(message: "a prefix needs at least 3 letters before '*'", column: column)
    }
    return QueryItem(kind: .clause(.prefix(term), isStopWord: false), column: column)
  }

  private mutating func lexPhrase(at start: Int) throws(QueryError) -> Int {
    let closers: Set<Character> =
      switch chars[start] {
      case "“": ["”", "\""]
      case "«": ["»", "\""]
      default: ["\""]
      }
    guard let end = chars[(start + 1)...].firstIndex(where: closers.contains) else {
      throw QueryError(message: "unclosed quote", column: start + 1)
    }
    let tokens = analyzer.tokens(in: String(chars[(start + 1)..<end]))
    guard let query = QueryWords.phrase(tokens) else {
      throw QueryError(message: "empty phrase", column: start + 1)
    }
    items.append(QueryItem(kind: .clause(query, isStopWord: false), column: start + 1))
    return end + 1
  }

  /// Analyses the pending plain words into one clause per word.
  private mutating func flushRun() {
    guard let range = run else { return }
    run = nil
    let text = String(chars[range])
    var columns: [Int: Int] = [:]
    var offset = 0
    for (index, char) in chars[range].enumerated() {
      columns[offset] = range.lowerBound + index + 1
      offset += char.utf8.count
    }
    for group in QueryWords.groups(analyzer.tokens(in: text)) {
      let clause = QueryWords.clause(for: group)
      var isStopWord = false
      if case .term(let term) = clause { isStopWord = QueryWords.stopWords.contains(term) }
      let column = columns[group[0].range.lowerBound] ?? range.lowerBound + 1
      items.append(QueryItem(kind: .clause(clause, isStopWord: isStopWord), column: column))
    }
  }
}
