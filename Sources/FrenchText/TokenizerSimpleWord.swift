/// The tokenizer's fast path for the common word: ASCII letters and digits and the Latin letters
/// U+00C0–U+017F, after an elided article or not, followed by a plain separator. It is folded as
/// it is read into a small buffer and appended to the term bytes at once (no per-byte append);
/// anything else (another apostrophe, a hyphen, a combining mark, a digit group, a legal
/// reference) is left to the general path, which gives the same tokens
/// (`TokenizerFastPathTests`).
extension Tokenizer {
  /// What `scanSimpleWord` learnt of a word while finding its end.
  struct SimpleWord {
    /// Where the word starts: after an elided article ("l’", "qu'") if there was one.
    var start: Int
    var end: Int
    /// How many folded bytes are in the word buffer.
    var folded = 0
    var hasLetter = false
    var hasDigit = false
    var hasLatin = false
  }

  /// If `word`, ended by an apostrophe at `apostrophe`, is an elided article and a word starts
  /// at `after`, where that word starts. (`mutating` only so that the tokenizer is read in
  /// place: a non-mutating call from `scanSimpleWord` copies it, over 128 bytes, per word.)
  @inline(__always)
  private mutating func elided(
    _ word: SimpleWord, _ folded: UnsafeMutablePointer<UInt8>, after: Int
  ) -> Int? {
    guard word.hasLetter, !word.hasDigit, !word.hasLatin, after < count,
      ElisionForms.contains(UnsafeBufferPointer(start: folded, count: word.folded))
    else { return nil }
    let next = bytes[after]
    if next < 0x80 { return (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 ? after : nil }
    guard next >= 0xC3 && next <= 0xC5 else { return nil }
    let second = bytes[after + 1]
    return next == 0xC3 && (second == 0x97 || second == 0xB7) ? nil : after
  }

  /// Reads the plain word at `start` (an ASCII letter or digit, or a Latin letter) as its one
  /// token, folding it at the end of the pending bytes (`pendingCapacity` bytes, flushed first
  /// when a word might not fit) and its slot after the pending slots; returns its end, or nil
  /// (no term added) when the general path must read it.
  @inline(__always)
  mutating func scanSimpleWord(at start: Int, pending: Pending) -> Int? {
    if pendingCount > Self.pendingCapacity - Self.wordCapacity
      || pendingSlotCount == Self.pendingSlotCapacity
    {
      flushPending(pending)
    }
    let folded = pending.bytes + pendingCount
    guard let word = simpleWord(at: start, folded: folded) else { return nil }
    var length = word.folded
    // Only a word of 3 letters or more ending in s or x may change (`foldInPlace`'s guards).
    if foldPlurals && word.hasLetter && !word.hasDigit && length >= 3
      && (folded[length - 1] == UInt8(ascii: "s") || folded[length - 1] == UInt8(ascii: "x"))
    {
      length = PluralFolder.foldInPlace(folded, count: length)
    }
    let termStart = output.bytes.count &+ pendingCount
    // Positions and word ranges are below the text's length (under 2 GB); term bytes may be
    // more, past which the general path traps.
    guard termStart &+ length <= Int(Int32.max) else { return nil }
    pendingCount &+= length
    pending.slots[pendingSlotCount] = TermBuffer.Slot(
      termStart: Int32(truncatingIfNeeded: termStart),
      termEnd: Int32(truncatingIfNeeded: termStart &+ length),
      position: Int32(truncatingIfNeeded: position),
      rangeStart: Int32(truncatingIfNeeded: word.start),
      rangeEnd: Int32(truncatingIfNeeded: word.end), isJoined: false)
    pendingSlotCount &+= 1
    position &+= 1
    return word.end
  }

  /// The folded bytes a plain word may have (a longer one takes the general path).
  static let wordCapacity = 128

  /// How many of the eight bytes at `index` are ASCII letters, in a row from the first (eight
  /// bytes at a time: `(byte | 0x20) - 0x61 < 26` on each lane, no lane carrying into an
  /// earlier one); their lowercase forms are stored at `folded`, followed by the rest of the
  /// eight bytes (`folded` has room for eight).
  @inline(__always)
  func asciiLetters(at index: Int, into folded: UnsafeMutablePointer<UInt8>) -> Int {
    let high: UInt64 = 0x8080_8080_8080_8080
    let word = UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    let lower = word | 0x2020_2020_2020_2020
    let letters = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & high
    UnsafeMutableRawPointer(folded).storeBytes(of: lower.littleEndian, as: UInt64.self)
    return (~letters & high).trailingZeroBitCount >> 3
  }

  /// The plain word at `start` folded into `folded`, or nil when it is not one (`mutating` only
  /// so that the tokenizer is read in place, as `elided`).
  @inline(__always)
  private mutating func simpleWord(at start: Int, folded: UnsafeMutablePointer<UInt8>)
    -> SimpleWord?
  {
    let first = bytes[start]
    if first == UInt8(ascii: "L") || first == UInt8(ascii: "R") || first == UInt8(ascii: "D"),
      start + 1 < count, bytes[start + 1] == UInt8(ascii: ".") || isDigit(start + 1)
    {
      return nil
    }
    let pairs = fold.latinPairs
    var word = SimpleWord(start: start, end: start)
    var index = start
    var canElide = true
    scan: while index < count {
      if index + 8 <= count, word.folded <= Self.wordCapacity - 10 {
        let run = asciiLetters(at: index, into: folded + word.folded)
        if run > 0 {
          word.folded += run
          index += run
          word.hasLetter = true
          if run == 8 { continue }
        }
      }
      guard word.folded < Self.wordCapacity - 2 else { return nil }
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte | 0x20) &- 0x61 < 26 {
          word.hasLetter = true
          folded[word.folded] = byte | 0x20
        } else if byte &- 0x30 < 10 {
          word.hasDigit = true
          folded[word.folded] = byte
        } else if byte == 0x27 && canElide, let next = elided(word, folded, after: index + 1) {
          word = SimpleWord(start: next, end: next)
          canElide = false
          index = next
          continue
        } else if byte == 0x27 || byte == 0x60 || byte == 0x2D {
          return nil
        } else {
          break scan
        }
        word.folded += 1
        index += 1
        continue
      }
      switch byte {
      case 0xC3...0xC5:
        let second = bytes[index + 1]
        if byte == 0xC3 && (second == 0x97 || second == 0xB7) { break scan }
        let pair = pairs[Int(byte & 0x1F) << 6 | Int(second & 0x3F) - 0xC0]
        folded[word.folded] = UInt8(truncatingIfNeeded: pair)
        folded[word.folded + 1] = UInt8(truncatingIfNeeded: pair >> 8)
        word.folded += pair > 0xFF ? 2 : 1
        word.hasLetter = true
        word.hasLatin = true
        index += 2
      case 0xC2 where bytes[index + 1] == 0xA0: break scan
      case 0xE2 where bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: break scan
      case 0xE2 where canElide && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99:
        guard let next = elided(word, folded, after: index + 3) else { return nil }
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
}
