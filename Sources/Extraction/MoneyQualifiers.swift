/// Reads the period, basis and per-unit noun of an amount on both sides of it and on its head
/// noun ("une revalorisation mensuelle nette de 183 euros", "183 € net mensuels").
enum MoneyQualifiers {
  typealias Lex = QuantityLexicon

  /// Sets the qualifiers and returns the token index after those that follow the amount.
  static func apply(to facts: inout MentionFacts, raw: RawQuantity, in view: TokenView) -> Int {
    readHeadNoun(into: &facts, before: raw.first, in: view)
    facts.head = MoneyHead.head(before: raw.first, in: view)
    return readAfter(into: &facts, from: raw.end, in: view)
  }

  /// "par rapport à", "par exemple": not a per-unit noun.
  static let notUnits: WordTable<Bool> = [
    "rapport", "exemple", "ailleurs", "consequent", "contre", "suite", "ici", "voie", "decret",
    "arrete", "loi", "an", "annee",
  ]

  static func readHeadNoun(into facts: inout MentionFacts, before first: Int, in view: TokenView) {
    var cursor = first - 1
    if view.has(.de, at: cursor) {
      cursor -= 1
    } else if view.has(.d, at: cursor - 1), view.has(.apostrophe, at: cursor) {
      cursor -= 2
    }
    var seen = 0
    while cursor >= 0, cursor < view.count, view.tokens[cursor].isWord, seen < 4 {
      if let period = Lex.periods.value(of: view.tokens[cursor]) {
        facts.period = facts.period ?? period
      }
      if let basis = Lex.bases.value(of: view.tokens[cursor]) { facts.basis = facts.basis ?? basis }
      cursor -= 1
      seen += 1
    }
  }

  static func readAfter(into facts: inout MentionFacts, from start: Int, in view: TokenView) -> Int
  {
    var cursor = start
    var end = start
    let tokens = view.tokens
    while cursor < tokens.count, cursor >= 0, cursor < start + 8 {
      let token = tokens[cursor]
      if let basis = Lex.bases.value(of: token) {
        facts.basis = facts.basis ?? basis
      } else if let period = Lex.periods.value(of: token) {
        facts.period = facts.period ?? period
      } else if token.is(.par) || token.is(.slash), cursor + 1 < tokens.count {
        let next = tokens[cursor + 1]
        if let period = Lex.periodNouns.value(of: next) {
          facts.period = facts.period ?? period
        } else if token.is(.par), next.isWord, !Lex.notNouns.contains(next),
          !Self.notUnits.contains(next)
        {
          facts.unitPer = next.text
          return cursor + 2
        } else {
          return end
        }
        cursor += 1
      } else if token.is(.et), end == cursor, view.has(.par, at: cursor + 1) {
        cursor += 1
        continue
      } else {
        return end
      }
      cursor += 1
      end = cursor
    }
    return end
  }
}
