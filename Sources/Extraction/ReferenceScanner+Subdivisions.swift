/// Article subdivisions: "le I de l'article L. 314-6", "au 2° du II de l'article", "le
/// deuxième alinéa de l'article 3", "l'article L. 314-6 I du CASF", "l'article 49, alinéa 3".
extension ReferenceScanner {
  static let romans: WordTable<Bool> = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
  ]
  static let subdivisionNouns: WordTable<String> = [
    "alinea": "alinéa", "alineas": "alinéa", "paragraphe": "paragraphe", "§": "paragraphe",
  ]

  /// One subdivision starting at `index`: its normalised text and the index after it.
  func subdivisionPart(at index: Int) -> (text: String, end: Int)? {
    guard index >= 0, index < view.count else { return nil }
    let token = view.tokens[index]
    // Every roman numeral of the table starts with "I", "V" or "X".
    if token.isWord, Self.mayBeRoman(token), Self.romans.contains(token.text) {
      return (token.text, index + 1)
    }
    if token.isNumber, index + 1 < view.count, view.tokens[index + 1].text == "°",
      view.tokens[index + 1].gap == .none
    {
      return (token.text + "°", index + 2)
    }
    if token.isWord, view.has(.closingParenthesis, at: index + 1), view.isGlued(index + 1),
      token.text.count == 1, token.startsLowercase
    {
      return (token.text + ")", index + 2)
    }
    if let noun = Self.subdivisionNouns.value(of: token), view.isNumber(index + 1) {
      return ("\(noun) \(view.tokens[index + 1].text)", index + 2)
    }
    if let rank = ordinalRank(at: index), rank.end < view.count,
      let noun = Self.subdivisionNouns.value(of: view.tokens[rank.end])
    {
      return ("\(noun) \(rank.value)", rank.end + 1)
    }
    return nil
  }

  /// Whether the text of `token` starts with "I", "V" or "X" (as every roman numeral of
  /// `romans` does).
  @inline(__always)
  static func mayBeRoman(_ token: TextToken) -> Bool {
    guard let first = token.text.utf8.first else { return false }
    return first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X")
  }

  /// The suffixes of "2e", "1er", "2eme", "1ere" (folded).
  static let rankSuffixes: WordTable<Bool> = ["e", "er", "eme", "ere"]

  /// "premier", "deuxième", "2e", "1er": an ordinal and the index after it.
  func ordinalRank(at index: Int) -> (value: Int, end: Int)? {
    guard index >= 0, index < view.count else { return nil }
    let token = view.tokens[index]
    if let value = DateLexicon.ordinals.value(of: token) { return (value, index + 1) }
    if token.isNumber, index + 1 < view.count, view.tokens[index + 1].gap == .none,
      Self.rankSuffixes.contains(view.tokens[index + 1]), let value = Int(token.text)
    {
      return (value, index + 2)
    }
    return nil
  }

  /// The subdivisions written before the article ("le 2° du I de l'article" → "I 2°"), ending
  /// at `first` (the article's first token), with the index where they start.
  func subdivision(endingBefore first: Int) -> (text: String, start: Int)? {
    guard view.folded(first - 1) == "de" else { return nil }
    var parts: [String] = []
    var start = first - 1
    var link = first - 1
    while let found = part(endingBefore: link) {
      parts.append(found.text)
      start = found.start
      let previous = view.folded(start - 1) ?? ""
      if previous == "du" {
        start -= 1
        link = start
        continue
      }
      if ["le", "la", "au", "aux"].contains(previous) {
        start -= 1
      } else if previous == "'", view.folded(start - 2) == "l" {
        start -= 2
      }
      break
    }
    guard !parts.isEmpty else { return nil }
    if view.folded(start) == "du" || view.folded(start) == "de" { start += 1 }
    return (parts.joined(separator: " "), start)
  }

  /// A subdivision whose tokens end just before `end`, and where it starts.
  func part(endingBefore end: Int) -> (text: String, start: Int)? {
    for length in [1, 2, 3] where end - length >= 0 {
      if let found = subdivisionPart(at: end - length), found.end == end {
        return (found.text, end - length)
      }
    }
    return nil
  }

  /// A subdivision right after the article's number ("L. 314-6 I du CASF", "3 alinéa 2").
  func subdivision(after end: Int) -> (text: String, end: Int)? {
    if view[end]?.text == ",", Self.subdivisionNouns[view.folded(end + 1) ?? ""] != nil,
      let found = subdivisionPart(at: end + 1)
    {
      return found
    }
    guard let found = subdivisionPart(at: end), view[end]?.gap != Optional(.none) else {
      return nil
    }
    return found
  }
}
