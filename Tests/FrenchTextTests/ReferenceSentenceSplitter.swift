/// The sentence splitter as it was before it read bytes through a buffer pointer and skipped to
/// the next possible terminator (kept as the tests' oracle: `SentenceSplitterFastPathTests`).
struct ReferenceSentenceSplitter {

  /// The byte ranges of the sentences of `bytes`, trimmed of surrounding spaces, in order.
  func sentenceRanges(in bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      guard let end = terminatorEnd(bytes, at: index) else {
        index += 1
        continue
      }
      let closed = skipClosers(bytes, from: end)
      let space = ReferenceAbbreviations.spaceLength(bytes, at: closed)
      if closed >= count {
        break
      }
      if space > 0 {
        let next = skipSpaces(bytes, from: closed)
        let isSingleStop = bytes[index] == 0x2E && end == index + 1
        if next < count, opensSentence(bytes, at: next),
          !(isSingleStop && isAbbreviation(bytes, before: index))
        {
          appendTrimmed(start..<closed, of: bytes, to: &ranges)
          start = next
          index = next
          continue
        }
      }
      index = max(end, index + 1)
    }
    appendTrimmed(start..<count, of: bytes, to: &ranges)
    return ranges
  }

  /// The sentences of `text`, as strings.
  func sentences(in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return sentenceRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  /// The end of the run of terminators starting at `index`, or nil when none starts there.
  private func terminatorEnd(_ bytes: [UInt8], at index: Int) -> Int? {
    var cursor = index
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == 0x2E || byte == 0x21 || byte == 0x3F {
        cursor += 1
      } else if isEllipsis(bytes, at: cursor) {
        cursor += 3
      } else {
        break
      }
    }
    return cursor > index ? cursor : nil
  }

  private func isEllipsis(_ bytes: [UInt8], at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  /// Skips closing quotes and brackets (with the no-break space French puts before "»").
  private func skipClosers(_ bytes: [UInt8], from index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count {
      let byte = bytes[cursor]
      if byte == 0x22 || byte == 0x29 || byte == 0x5D || byte == 0x27 {
        cursor += 1
        continue
      }
      if byte == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80,
        bytes[cursor + 2] == 0x9D || bytes[cursor + 2] == 0x99
      {
        cursor += 3
        continue
      }
      let afterSpaces = skipSpaces(bytes, from: cursor)
      if afterSpaces + 1 < bytes.count, bytes[afterSpaces] == 0xC2, bytes[afterSpaces + 1] == 0xBB {
        cursor = afterSpaces + 2
        continue
      }
      break
    }
    return cursor
  }

  private func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
    var cursor = index
    while true {
      let length = ReferenceAbbreviations.spaceLength(bytes, at: cursor)
      if length == 0 { return cursor }
      cursor += length
    }
  }

  /// Whether a sentence can start at `index`: a capital, a digit, an opening quote or a dash.
  private func opensSentence(_ bytes: [UInt8], at index: Int) -> Bool {
    guard let scalar = ReferenceAbbreviations.scalar(bytes, at: index) else { return false }
    if scalar.properties.isUppercase || ("0"..."9").contains(scalar) { return true }
    return "«\"“(-—–[•".unicodeScalars.contains(scalar)
  }

  /// Whether the word just before the full stop at `index` is an abbreviation or an initial.
  private func isAbbreviation(_ bytes: [UInt8], before index: Int) -> Bool {
    var cursor = index
    while cursor > 0 {
      let byte = bytes[cursor - 1]
      if ReferenceAbbreviations.isASCIILetter(byte) {
        cursor -= 1
      } else if byte >= 0x80, byte < 0xC0, cursor >= 2, (0xC3...0xC5).contains(bytes[cursor - 2]) {
        cursor -= 2
      } else {
        break
      }
    }
    guard cursor < index else { return false }
    let word = bytes[cursor..<index]
    if word.count == 1 { return true }
    return ReferenceAbbreviations.words.contains(String(decoding: word, as: UTF8.self))
  }

  private func appendTrimmed(_ range: Range<Int>, of bytes: [UInt8], to ranges: inout [Range<Int>])
  {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      let length = ReferenceAbbreviations.spaceLength(bytes, at: lower)
      if length == 0 { break }
      lower += length
    }
    while lower < upper {
      if bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0A {
        upper -= 1
      } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
        upper -= 2
      } else if upper - 3 >= lower, bytes[upper - 3] == 0xE2, bytes[upper - 2] == 0x80,
        bytes[upper - 1] == 0xAF
      {
        upper -= 3
      } else {
        break
      }
    }
    if lower < upper { ranges.append(lower..<upper) }
  }
}

/// The abbreviations and byte classes of `ReferenceSentenceSplitter`.
enum ReferenceAbbreviations {
  /// Compared case-sensitively, without the final full stop. Single letters ("L. 314-6",
  /// "J. Dupont", "p. 12") are handled apart.
  static let words: Set<String> = [
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
    "art", "Art", "al", "cf", "Cf", "ex", "éd", "vol", "chap", "fig", "hab", "env", "av", "bd",
    "réf", "Réf", "coll", "dir", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    "no", "No", "op", "cit", "ibid", "id", "sq", "sqq", "suiv", "Cass", "civ", "crim", "soc",
    "pp", "ss", "tél", "Tél", "vs", "resp", "Cie", "Ets", "Éts", "gén", "adj", "dépt", "Jr",
    "Sté", "sté", "boul", "min", "max", "nbre", "part", "spéc", "c", "v",
  ]

  /// Whether `byte` is an ASCII letter.
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// The length of the space (ASCII space, tab, line break, U+00A0, U+2009, U+202F) at `index`,
  /// or 0 when there is none.
  static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int {
    guard index < bytes.count else { return 0 }
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return 1 }
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 || bytes[index + 2] == 0x8A
    {
      return 3
    }
    return 0
  }

  /// The Unicode scalar starting at `index`, if the bytes there are valid UTF-8.
  static func scalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
    guard index < bytes.count else { return nil }
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0..<0x80: return Unicode.Scalar(lead)
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF8: length = 4
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for k in 1..<length {
      let next = bytes[index + k]
      guard next & 0xC0 == 0x80 else { return nil }
      value = (value << 6) | UInt32(next & 0x3F)
    }
    return Unicode.Scalar(value)
  }
}
