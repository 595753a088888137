import FrenchText

/// The analyzer's terms of a sentence read from its lexer tokens: each word or number token is
/// a plain word of `Tokenizer.scanAll` when the loop's tests, made at the token's first and
/// last bytes (`PlainWordRules`), say that the loop reads it whole and alone. Its term is its
/// folded bytes (ASCII lowered eight bytes at a time, U+00C0–U+017F by the loop's pair table),
/// plural-folded, at the next position; an elided article ("l'", "qu’") is dropped. Anything
/// else (compounds, digit groups and decimals, legal references, inner apostrophes, letters
/// glued to digits, other scripts, marks) leaves the sentence to the analyzer.
extension LexedTerms {
  /// The classes of `PlainWordRules.classes` (`PlainByte`), as literals (pinned by
  /// `LexedTermsTests`).
  enum Plain {
    static let separator: UInt8 = 0
    static let apostrophe: UInt8 = 1
    static let joiner: UInt8 = 2
    static let letter: UInt8 = 3
    static let digit: UInt8 = 4
    static let referenceLetter: UInt8 = 5
    static let latin: UInt8 = 6
    static let spaceLead: UInt8 = 7
    static let punctuationLead: UInt8 = 8
    static let other: UInt8 = 9
  }

  /// The longest token read here (the loop leaves a word of 126 folded bytes to the general
  /// path).
  static let longestWord = 64

  /// Keeps the analyzer's terms of `text` (its UTF-8 `bytes`, lexed into `tokens`) when every
  /// token reads as a plain word or is skipped as the loop skips it; else keeps nothing.
  func append(
    _ text: String, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TextToken>,
    classes: UnsafePointer<UInt8>, pairs: UnsafePointer<UInt16>
  ) {
    guard let base = bytes.baseAddress, let first = tokens.baseAddress else { return }
    let count = bytes.count
    let tokenCount = tokens.count
    // Folded bytes are never more than the text's, plus 16 for the word stores.
    reserve(slots: tokenCount, bytes: count &+ 16)
    let output = self.bytes
    let slotBase = self.slots + slotCount
    let termBase = byteCount
    var written = 0
    var made = 0
    var index = 0
    while index < tokenCount {
      var token = first + index
      index &+= 1
      var start = token.pointee.range.lowerBound
      let lead = base[start]
      if token.pointee.kind == .symbol {
        // Skipped by the loop unless it starts a word (ASCII symbols never do).
        if lead >= 0x80 && PlainWordRules.startsWord(base, at: start) { return }
        continue
      }
      // Where the loop starts a word: a Latin letter, or an ASCII letter or digit that does not
      // start a legal reference.
      let leadClass = classes[Int(lead)]
      if lead >= 0x80 && leadClass != Plain.latin { return }
      if leadClass == Plain.referenceLetter && start &+ 1 < count
        && (base[start &+ 1] == UInt8(ascii: ".") || base[start &+ 1] &- 0x30 < 10)
      {
        return
      }
      var elided = false
      while true {
        let end = token.pointee.range.upperBound
        let isWord = token.pointee.kind == .word
        let length = end &- start
        guard length <= Self.longestWord else { return }
        let folded = output + (termBase &+ written)
        guard let (foldedCount, ascii) = Self.fold(base, count, start, length, isWord, pairs, folded)
        else { return }
        var next = -1
        if end < count {
          let byte = base[end]
          switch classes[Int(byte)] {
          case Plain.separator: break
          case Plain.apostrophe:
            guard !elided, isWord, ascii,
              let after = PlainWordRules.elided(
                folded, foldedCount, base, count: count, after: end &+ 1)
            else { return }
            next = after
          case Plain.joiner:
            // A hyphen before a word makes a compound (the analyzer reads it).
            guard byte == 0x2D else { return }
            let after = end &+ 1
            if after < count && classes[Int(base[after])] >= Plain.letter { return }
          case Plain.latin:
            // "×", "÷" end a word; a Latin letter never follows a word token.
            guard byte == 0xC3 && base[end &+ 1] | 0x20 == 0xB7 else { return }
          case Plain.spaceLead where base[end &+ 1] == 0xA0: break
          case Plain.punctuationLead where base[end &+ 1] == 0x80 && base[end &+ 2] == 0xAF:
            break
          case Plain.punctuationLead where base[end &+ 1] == 0x80 && base[end &+ 2] == 0x99:
            guard !elided, isWord, ascii,
              let after = PlainWordRules.elided(
                folded, foldedCount, base, count: count, after: end &+ 3)
            else { return }
            next = after
          case Plain.letter, Plain.digit, Plain.referenceLetter: return
          default:
            guard PlainWordRules.separates(base, at: end) else { return }
          }
        }
        if next >= 0 {
          // The elided article dropped: the word after the apostrophe is the term.
          guard index &+ 1 < tokenCount else { return }
          token = first + (index &+ 1)
          guard token.pointee.range.lowerBound == next, token.pointee.kind != .symbol else {
            return
          }
          index &+= 2
          start = next
          elided = true
          continue
        }
        var termCount = foldedCount
        if isWord {
          if foldedCount >= 3
            && (folded[foldedCount &- 1] == UInt8(ascii: "s")
              || folded[foldedCount &- 1] == UInt8(ascii: "x"))
          {
            termCount = PlainWordRules.foldPlural(folded, count: foldedCount)
          }
        } else if end < count
          && !PlainWordRules.numberEnds(base, count: count, start: start, end: end)
        {
          return
        }
        let termStart = termBase &+ written
        (slotBase + made).initialize(
          to: TermBuffer.Slot(
            termStart: Int32(truncatingIfNeeded: termStart),
            termEnd: Int32(truncatingIfNeeded: termStart &+ termCount),
            position: Int32(truncatingIfNeeded: made),
            rangeStart: Int32(truncatingIfNeeded: start),
            rangeEnd: Int32(truncatingIfNeeded: end), isJoined: false))
        made &+= 1
        written &+= termCount
        break
      }
    }
    guard termBase &+ written <= Int(Int32.max) else { return }
    keep(text, slots: made, bytes: written)
  }

  /// Folds the `length` bytes at `start` (a word's or a number's) into `folded` as the
  /// plain-word loop does: ASCII letters lowered, U+00C0–U+017F by `pairs`; returns the folded
  /// count and whether the bytes were all ASCII, or nil for a scalar the loop does not read.
  /// May write 16 bytes at `folded` whatever the count.
  @inline(__always)
  static func fold(
    _ base: UnsafePointer<UInt8>, _ count: Int, _ start: Int, _ length: Int, _ isWord: Bool,
    _ pairs: UnsafePointer<UInt16>, _ folded: UnsafeMutablePointer<UInt8>
  ) -> (Int, Bool)? {
    let raw = UnsafeMutableRawPointer(folded)
    if length <= 16 {
      let bytes = UnsafeBufferPointer(start: base, count: count)
      let low = TokenWords.load(bytes, start, Swift.min(length, 8))
      let high = length > 8 ? TokenWords.load(bytes, start &+ 8, length &- 8) : 0
      if (low | high) & TokenWords.highBits == 0 {
        raw.storeBytes(of: (isWord ? TokenWords.lowered(low) : low).littleEndian, as: UInt64.self)
        (raw + 8).storeBytes(
          of: (isWord ? TokenWords.lowered(high) : high).littleEndian, as: UInt64.self)
        return (length, true)
      }
    }
    var written = 0
    var index = start
    let end = start &+ length
    var ascii = true
    while index < end {
      let byte = base[index]
      if byte < 0x80 {
        folded[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        written &+= 1
        index &+= 1
        continue
      }
      ascii = false
      let second = base[index &+ 1]
      guard byte >= 0xC3 && byte <= 0xC5, !(byte == 0xC3 && second | 0x20 == 0xB7) else {
        return nil
      }
      let pair = pairs[Int(byte & 0x1F) &<< 6 | Int(second & 0x3F) &- 0xC0]
      folded[written] = UInt8(truncatingIfNeeded: pair)
      folded[written &+ 1] = UInt8(truncatingIfNeeded: pair &>> 8)
      written &+= pair > 0xFF ? 2 : 1
      index &+= 2
    }
    return (written, ascii)
  }
}
