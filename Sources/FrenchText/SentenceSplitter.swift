/// Splits French text into sentences, on UTF-8 bytes, so that each sentence maps back to its
/// bytes.
///
/// A sentence ends at ".", "!", "?", "…" or "...", possibly followed by closing marks ("»", '"',
/// ")"), when a space follows and the next word opens a sentence (a capital, a digit, "«", a dash).
/// A full stop does not end a sentence after an abbreviation ("M.", "Mme", "MM.", "art.", "cf."),
/// an initial or a code letter ("J. Dupont", "L. 314-6"), or a single lower-case letter ("p. 12").
/// Decimal commas and points ("4,5", "4.5") never split, and neither does "…" before a
/// lower-case word. "etc." ends a sentence only when a capital follows.
///
/// The bytes are read through a buffer pointer, and the text between terminators is skipped
/// without looking at anything but the byte values that may start one.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The byte ranges of the sentences of `bytes`, trimmed of surrounding spaces, in order.
  public func sentenceRanges(in bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    forEachSentenceRange(in: bytes) { ranges.append($0) }
    return ranges
  }

  /// Calls `body` with the range of each sentence of `bytes`, as `sentenceRanges(in:)` gives
  /// them (no array of ranges).
  public func forEachSentenceRange(in bytes: [UInt8], _ body: (Range<Int>) -> Void) {
    bytes.withUnsafeBufferPointer { Self.sentenceRanges(in: $0, body) }
  }

  /// The sentences of `text`, as strings.
  public func sentences(in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return sentenceRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  private typealias Bytes = UnsafeBufferPointer<UInt8>

  private static func sentenceRanges(in bytes: Bytes, _ body: (Range<Int>) -> Void) {
    var start = 0
    var index = 0
    let count = bytes.count
    while true {
      index = nextCandidate(bytes, from: index)
      guard index < count else { break }
      let end = terminatorEnd(bytes, at: index)
      guard end > index else {
        index += 1
        continue
      }
      let closed = skipClosers(bytes, from: end)
      if closed >= count { break }
      if SentenceAbbreviations.spaceLength(bytes, at: closed) > 0 {
        let next = skipSpaces(bytes, from: closed)
        let isSingleStop = bytes[index] == 0x2E && end == index + 1
        if next < count, opensSentence(bytes, at: next),
          !(isSingleStop && isAbbreviation(bytes, before: index))
        {
          appendTrimmed(start..<closed, of: bytes, to: body)
          start = next
          index = next
          continue
        }
      }
      index = end
    }
    appendTrimmed(start..<count, of: bytes, to: body)
  }

  /// The first index from `index` on holding ".", "!", "?" or "…", or the end: sixteen bytes at
  /// a time (vector compares), going straight to the lowest byte that is one of these or 0xE2
  /// (the lead byte of "…", and of "’", which is skipped).
  @inline(__always)
  private static func nextCandidate(_ bytes: Bytes, from index: Int) -> Int {
    guard let base = bytes.baseAddress else { return bytes.count }
    let raw = UnsafeRawPointer(base)
    var cursor = index
    let count = bytes.count
    let stop = SIMD16<UInt8>(repeating: 0x2E)
    let bang = SIMD16<UInt8>(repeating: 0x21)
    let question = SIMD16<UInt8>(repeating: 0x3F)
    let lead = SIMD16<UInt8>(repeating: 0xE2)
    while cursor + 16 <= count {
      let vector = raw.loadUnaligned(fromByteOffset: cursor, as: SIMD16<UInt8>.self)
      let flags =
        (vector .== stop) .| (vector .== bang) .| (vector .== question) .| (vector .== lead)
      let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
      if halves[0] | halves[1] == 0 {
        cursor += 16
        continue
      }
      let low = UInt64(littleEndian: halves[0])
      let position =
        low != 0
        ? cursor + low.trailingZeroBitCount / 8
        : cursor + 8 + UInt64(littleEndian: halves[1]).trailingZeroBitCount / 8
      if isCandidate(bytes, at: position) { return position }
      cursor = position + 1
    }
    while cursor < count {
      if isCandidate(bytes, at: cursor) { return cursor }
      cursor += 1
    }
    return count
  }

  /// Whether ".", "!", "?" or "…" starts at `index`.
  @inline(__always)
  private static func isCandidate(_ bytes: Bytes, at index: Int) -> Bool {
    let byte = bytes[index]
    return byte == 0x2E || byte == 0x21 || byte == 0x3F || isEllipsis(bytes, at: index)
  }

  /// The end of the run of terminators starting at `index` (`index` itself when none starts
  /// there).
  private static func terminatorEnd(_ bytes: Bytes, at index: Int) -> Int {
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
    return cursor
  }

  private static func isEllipsis(_ bytes: Bytes, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  /// Skips closing quotes and brackets (with the no-break space French puts before "»").
  private static func skipClosers(_ bytes: Bytes, from index: Int) -> Int {
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

  private static func skipSpaces(_ bytes: Bytes, from index: Int) -> Int {
    var cursor = index
    while true {
      let length = SentenceAbbreviations.spaceLength(bytes, at: cursor)
      if length == 0 { return cursor }
      cursor += length
    }
  }

  /// Whether a sentence can start at `index`: a capital, a digit, an opening quote or a dash.
  private static func opensSentence(_ bytes: Bytes, at index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 {
      return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x22
        || byte == 0x28 || byte == 0x2D || byte == 0x5B
    }
    guard let scalar = SentenceAbbreviations.scalar(bytes, at: index) else { return false }
    if scalar.properties.isUppercase { return true }
    return "«“—–•".unicodeScalars.contains(scalar)
  }

  /// Whether the word just before the full stop at `index` is an abbreviation or an initial.
  private static func isAbbreviation(_ bytes: Bytes, before index: Int) -> Bool {
    var cursor = index
    while cursor > 0 {
      let byte = bytes[cursor - 1]
      if SentenceAbbreviations.isASCIILetter(byte) {
        cursor -= 1
      } else if byte >= 0x80, byte < 0xC0, cursor >= 2, (0xC3...0xC5).contains(bytes[cursor - 2]) {
        cursor -= 2
      } else {
        break
      }
    }
    guard cursor < index else { return false }
    if index - cursor == 1 { return true }
    return SentenceAbbreviations.contains(bytes, cursor..<index)
  }

  private static func appendTrimmed(
    _ range: Range<Int>, of bytes: Bytes, to body: (Range<Int>) -> Void
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper {
      let length = SentenceAbbreviations.spaceLength(bytes, at: lower)
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
    if lower < upper { body(lower..<upper) }
  }
}
