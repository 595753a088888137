/// The tokenizer's fast path for the common word: ASCII letters and digits and the Latin letters
/// U+00C0–U+017F, not after an elided article, followed by a plain separator. It is folded in
/// place in the term bytes (one copy of the word, no per-byte append); anything else (an
/// apostrophe, a hyphen, a combining mark, a digit group, a legal reference) is left to the
/// general path, which gives the same tokens (`TokenizerFastPathTests`).
extension Tokenizer {
  /// What `scanSimpleWord` learnt of a word while finding its end.
  struct SimpleWord {
    /// Where the word starts: after an elided article ("l’", "qu'") if there was one.
    var start: Int
    var end: Int
    var hasLetter = false
    var hasDigit = false
    /// An upper-case ASCII letter or a two-byte Latin letter: the bytes need folding.
    var needsFolding = false
    var hasLatin = false
  }

  /// If `word`, ended by an apostrophe at `apostrophe`, is an elided article and a word starts
  /// at `after`, where that word starts.
  @inline(__always)
  private func elided(_ word: SimpleWord, at apostrophe: Int, after: Int) -> Int? {
    guard word.hasLetter, !word.hasDigit, !word.hasLatin, after < count,
      ElisionForms.contains(UnsafeBufferPointer(rebasing: bytes[word.start..<apostrophe]))
    else { return nil }
    let next = bytes[after]
    if next < 0x80 { return (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 ? after : nil }
    guard next >= 0xC3 && next <= 0xC5 else { return nil }
    let second = bytes[after + 1]
    return next == 0xC3 && (second == 0x97 || second == 0xB7) ? nil : after
  }

  /// Reads the plain word at `start` (an ASCII letter or digit, or a Latin letter) as its one
  /// token; returns its end, or nil (nothing written) when the general path must read it.
  mutating func scanSimpleWord(at start: Int) -> Int? {
    guard let word = simpleWordExtent(at: start) else { return nil }
    let length = word.end - word.start
    let termStart = output.bytes.count
    output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
    var termLength = length
    let foldsPlural = foldPlurals && word.hasLetter && !word.hasDigit
    if word.needsFolding || foldsPlural {
      let pairs = fold.latinPairs
      termLength = output.bytes.withUnsafeMutableBufferPointer { all in
        let term = all.baseAddress! + termStart
        var folded = length
        if word.needsFolding { folded = Self.foldInPlace(term, count: length, pairs: pairs) }
        return foldsPlural ? PluralFolder.foldInPlace(term, count: folded) : folded
      }
      if termLength < length { output.bytes.removeLast(length - termLength) }
    }
    appendSlot(
      termStart..<termStart + termLength, position, word.start..<word.end, isJoined: false)
    position += 1
    return word.end
  }

  /// The end of the plain word at `start`, or nil when it is not one.
  @inline(__always)
  private func simpleWordExtent(at start: Int) -> SimpleWord? {
    let first = bytes[start]
    if first == UInt8(ascii: "L") || first == UInt8(ascii: "R") || first == UInt8(ascii: "D"),
      start + 1 < count, bytes[start + 1] == UInt8(ascii: ".") || isDigit(start + 1)
    {
      return nil
    }
    var word = SimpleWord(start: start, end: start)
    var index = start
    var canElide = true
    scan: while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte | 0x20) &- 0x61 < 26 {
          word.hasLetter = true
          if byte < 0x61 { word.needsFolding = true }
        } else if byte &- 0x30 < 10 {
          word.hasDigit = true
        } else if byte == 0x27 && canElide, let next = elided(word, at: index, after: index + 1) {
          word = SimpleWord(start: next, end: next)
          canElide = false
          index = next
          continue
        } else if byte == 0x27 || byte == 0x60 || byte == 0x2D {
          return nil
        } else {
          break scan
        }
        index += 1
        continue
      }
      switch byte {
      case 0xC3...0xC5:
        let second = bytes[index + 1]
        if byte == 0xC3 && (second == 0x97 || second == 0xB7) { break scan }
        word.hasLetter = true
        word.hasLatin = true
        word.needsFolding = true
        index += 2
      case 0xC2 where bytes[index + 1] == 0xA0: break scan
      case 0xE2 where bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: break scan
      case 0xE2 where canElide && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99:
        guard let next = elided(word, at: index, after: index + 3) else { return nil }
        word = SimpleWord(start: next, end: next)
        canElide = false
        index = next
      default: return nil
      }
    }
    word.end = index
    if word.hasDigit && !word.hasLetter && index < count {
      let next = bytes[index]
      if next == UInt8(ascii: ",") { return nil }
      if index - word.start <= 3 && (next == 0x20 || next == UInt8(ascii: ".") || next >= 0x80) {
        return nil
      }
    }
    return word
  }

  /// Folds ASCII capitals and two-byte Latin letters of the `count` bytes at `word` in place
  /// (never longer: one or two ASCII bytes for two); returns the folded length.
  @inline(__always)
  static func foldInPlace(
    _ word: UnsafeMutablePointer<UInt8>, count: Int, pairs: [UInt16]
  ) -> Int {
    var read = 0
    var write = 0
    while read < count {
      let byte = word[read]
      if byte < 0x80 {
        word[write] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        read += 1
        write += 1
        continue
      }
      let value = Int(byte & 0x1F) << 6 | Int(word[read + 1] & 0x3F)
      let pair = pairs[value - 0xC0]
      word[write] = UInt8(truncatingIfNeeded: pair)
      write += 1
      if pair > 0xFF {
        word[write] = UInt8(truncatingIfNeeded: pair >> 8)
        write += 1
      }
      read += 2
    }
    return write
  }
}
