import FrenchText

/// Reads dates written in French words, as JO references and datelines write them:
/// "22 octobre 2024", "1er janvier 2024", "3 décembre 2024" (accents optional, any case).
enum FrenchDateReader {
  static let months: [String: Int] = [
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
  ]

  /// The first "day month year" date of `text`.
  static func firstDate(in text: some StringProtocol) -> CalendarDate? {
    firstDate(inWords: words(text)[...]).map(\.date)
  }

  /// The first date among `words` and the index of its first word.
  static func firstDate(inWords words: ArraySlice<Substring>) -> (date: CalendarDate, at: Int)? {
    var index = words.startIndex
    while index + 2 < words.endIndex {
      if let day = day(words[index]), let month = months[words[index + 1].lowercased()],
        let year = year(words[index + 2])
      {
        let date = CalendarDate(year: year, month: month, day: day)
        if date.isValid { return (date, index) }
      }
      index += 1
    }
    return nil
  }

  /// The words of `text`, split on spaces (no-break ones included), trailing punctuation removed.
  static func words(_ text: some StringProtocol) -> [Substring] {
    Substring(text).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
      .map { word in
        var word = word
        while let last = word.last, ",.;:)]".contains(last) { word = word.dropLast() }
        while let first = word.first, "([".contains(first) { word = word.dropFirst() }
        return word
      }
  }

  private static func day(_ word: Substring) -> Int? {
    let digits = word.hasSuffix("er") ? word.dropLast(2) : word
    guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
    if word.hasSuffix("er"), value != 1 { return nil }
    return value
  }

  private static func year(_ word: Substring) -> Int? {
    guard word.count == 4, let value = Int(word), value > 1800, value < 2200 else { return nil }
    return value
  }
}
