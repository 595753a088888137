import FrenchText

/// Turns analysed query text into clauses the index can answer, mirroring what the analyzer
/// indexed: a compound or legal reference becomes "its parts as a phrase, or its joined term".
enum QueryWords {
  /// Tokens grouped by word: a compound's parts and joined form make one group (their byte
  /// ranges overlap), every other word is a group of one.
  static func groups(_ tokens: [Token]) -> [[Token]] {
    var groups: [[Token]] = []
    var end = -1
    for token in tokens {
      if token.range.lowerBound < end, !groups.isEmpty {
        groups[groups.count - 1].append(token)
      } else {
        groups.append([token])
      }
      end = max(end, token.range.upperBound)
    }
    return groups
  }

  /// The clause for one group: a term; or, for a compound, `(phrase of parts) OR joined term`.
  static func clause(for group: [Token]) -> Query {
    let parts = group.filter { !$0.isJoined }.map(\.term)
    let whole = group.filter(\.isJoined).max { $0.range.count < $1.range.count }
    guard let whole else {
      return parts.count == 1 ? .term(parts[0]) : .phrase(parts)
    }
    return parts.count > 1 ? .or([.phrase(parts), .term(whole.term)]) : .term(whole.term)
  }

  /// The clause for a quoted phrase; nil when nothing in it is indexable.
  static func phrase(_ tokens: [Token]) -> Query? {
    let groups = groups(tokens)
    if groups.count == 1 { return clause(for: groups[0]) }
    let terms = tokens.filter { !$0.isJoined }.map(\.term)
    return terms.isEmpty ? nil : .phrase(terms)
  }

  /// Words dropped from an implicit AND when other words remain (never inside phrases, OR or
  /// exclusions): articles, prepositions and conjunctions that nearly every document holds.
  static let stopWords: Set<String> = [
    "a", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "en", "et", "l",
    "la", "le", "les", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur",
    "un", "une",
  ]
}
