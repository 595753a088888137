/// The lexer's main loop with small strings: each token is read whole where it starts (its
/// class decided by its first scalar, its ASCII runs crossed eight bytes at a time by
/// `LexerRuns`), and a short token is made in place in the output buffer (an ASCII one
/// inline, an accented one by `makeWide(at:…)`), its cues looked up by words
/// (`CueTable.Probe.cues(key:low:high:count:)`). Any other token takes `make`. The tokens are those of `runByScalars`, which the tests check.
extension TokenBuilder {
  /// Reads every token of `bytes` into `output` (room for `bytes.count` tokens) and returns
  /// their count, as `runByScalars` does; without small strings, through it.
  mutating func run(into output: UnsafeMutablePointer<TextToken>) -> Int {
    guard packs, let base = bytes.baseAddress else { return runByScalars(into: output) }
    let count = bytes.count
    let classes = self.classes
    // Without cues, the empty table's probe: every look-up misses.
    let probe = self.probe ?? CueTable.empty.probe
    // Where the next token goes (the count made: its distance from `output`).
    var slot = output
    var offset = 0
    // The gap before the next token: a space alone, or wider (more blanks, a line break).
    var gap: TextToken.Gap = .none
    var cues: TokenCues = []
    var hasNumber = false
    var hasCapitalM = false
    while offset < count {
      let lead = base[offset]
      var width = 1
      let cls: Lexer.Class
      if lead < 0x80 {
        cls = classes[Int(lead)]
      } else {
        (cls, width) = Self.wideClass(bytes, offset, classes)
      }
      if cls == .space || cls == .newline {
        gap = gap == .none && cls == .space ? .space : .wide
        offset &+= width
        continue
      }
      var end = offset &+ width
      var ascii = lead < 0x80
      let kind: TextToken.Kind
      switch cls {
      case .letter:
        kind = .word
        // ASCII runs crossed whole, a non-ASCII letter one scalar at a time.
        while true {
          end = LexerRuns.end(base, count, from: end, digits: false)
          guard end < count, base[end] >= 0x80 else { break }
          let next = Self.wideClass(bytes, end, classes)
          guard next.cls == .letter else { break }
          ascii = false
          end &+= next.width
        }
      case .digit:
        kind = .number
        hasNumber = true
        end = LexerRuns.end(base, count, from: end, digits: true)
      default:
        kind = .symbol
      }
      if lead == UInt8(ascii: "M") { hasCapitalM = true }
      let length = end &- offset
      let range = Range(uncheckedBounds: (offset, end))
      if ascii, length <= SmallString.capacity {
        // Inline (the hot path): the bytes as two words, lowered, hashed, looked up. Lowering
        // changes only "A"–"Z": a number or an ASCII symbol is its own folded form.
        let low: UInt64
        let high: UInt64
        let lowerLow: UInt64
        let lowerHigh: UInt64
        let key: UInt64
        if length <= 8 {
          low = TokenWords.load(bytes, offset, length)
          high = 0
          lowerLow = TokenWords.lowered(low)
          lowerHigh = 0
          key = WordKey.first(lowerLow, length)
        } else {
          low = TokenWords.load(bytes, offset, 8)
          high = TokenWords.load(bytes, offset &+ 8, length &- 8)
          lowerLow = TokenWords.lowered(low)
          lowerHigh = TokenWords.lowered(high)
          key = WordKey.next(WordKey.first(lowerLow, length), lowerHigh)
        }
        let found = probe.cues(key: key, low: lowerLow, high: lowerHigh, count: length)
        // The small strings' top byte (`SmallString.flagged`: ASCII, the length). The folded
        // form is the text itself when no letter was upper case.
        let flags = (0xE0 | UInt64(truncatingIfNeeded: length)) &<< 56
        slot.initialize(
          to: TextToken(
            kind: kind, storedText: TokenText(low: low, high: high | flags),
            storedFolded: TokenText(low: lowerLow, high: lowerHigh | flags),
            range: range, gap: gap,
            isNumberWord: kind == .word && found.contains(.numberWord), cues: found, key: key))
        cues.formUnion(found)
      } else if length <= SmallString.capacity,
        Self.makeWide(at: slot, bytes, offset, length, kind, gap, probe)
      {
        cues.formUnion(slot.pointee.cues)
      } else {
        let token = make(
          UnsafeBufferPointer(start: base + offset, count: length), kind, range, gap)
        slot.initialize(to: token)
        cues.formUnion(token.cues)
      }
      slot += 1
      offset = end
      gap = .none
      // One space after a token (the usual gap) counted here, without a turn of the loop.
      if end < count, base[end] == 0x20 {
        gap = .space
        offset = end &+ 1
      }
    }
    summary.tokens.formUnion(cues)
    if hasNumber { summary.hasNumber = true }
    if hasCapitalM { summary.hasCapitalM = true }
    return slot - output
  }

  /// The class and the width of the non-ASCII scalar at `offset` (a valid sequence).
  @inline(__always)
  static func wideClass(
    _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ classes: UnsafePointer<Lexer.Class>
  ) -> (cls: Lexer.Class, width: Int) {
    let lead = bytes[offset]
    let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    let scalar = Lexer.scalar(bytes, offset, width)
    let cls =
      scalar.value < LexerTables.limit ? classes[Int(scalar.value)] : Lexer.classify(scalar)
    return (cls, width)
  }

  /// Makes in `slot` the token of the `length` bytes (at most `SmallString.capacity`, a
  /// non-ASCII scalar among them) at `offset`, folded scalar by scalar (`FoldedBytes`) into two
  /// words: its text and folded form as small strings, its key and its cues. False, and
  /// nothing made, when a scalar has no fast path (`make` then folds it).
  static func makeWide(
    at slot: UnsafeMutablePointer<TextToken>, _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int,
    _ length: Int, _ kind: TextToken.Kind, _ gap: TextToken.Gap, _ probe: CueTable.Probe
  ) -> Bool {
    // Folded into a 32-byte stack buffer, read back as two words masked to the folded count
    // (ASCII runs are stored eight bytes at a time, past the count).
    let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) {
      buffer -> (low: UInt64, high: UInt64, count: Int)? in
      let output = buffer.baseAddress!
      let raw = UnsafeMutableRawPointer(output)
      raw.storeBytes(of: 0, as: UInt64.self)
      (raw + 8).storeBytes(of: 0, as: UInt64.self)
      var count = 0
      var index = offset
      let end = offset &+ length
      let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
      // A folded scalar is never longer than its bytes: at most `length` bytes in all.
      while index < end {
        let lead = bytes[index]
        if lead < 0x80 {
          if index &+ 8 <= bytes.count {
            // The ASCII bytes from `index` (at least this one), lowered eight at a time: a byte
            // from 0x80 only disturbs the bytes above it, which are not kept.
            let word = UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self))
            let run = Swift.min(
              (word & TokenWords.highBits).trailingZeroBitCount &>> 3, end &- index)
            (raw + count).storeBytes(of: TokenWords.lowered(word).littleEndian, as: UInt64.self)
            count &+= run
            index &+= run
            continue
          }
          output[count] = lead &- 0x41 < 26 ? lead | 0x20 : lead
          count &+= 1
          index &+= 1
          continue
        }
        guard let folded = FoldedBytes.fold(lead, bytes, index) else { return nil }
        output[count] = folded.first
        output[count &+ 1] = folded.second
        count &+= folded.second != 0 ? 2 : 1
        index &+= folded.width
      }
      // Zeros past `count` (at most 15 bytes).
      let low =
        UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        & (count >= 8 ? ~0 : ~(~0 &<< UInt64(8 &* count)))
      let high =
        count > 8
        ? UInt64(littleEndian: (raw + 8).loadUnaligned(as: UInt64.self))
          & ~(~0 &<< UInt64(8 &* (count &- 8))) : 0
      return (low, high, count)
    }
    guard let (low, high, count) = folded else { return false }
    let end = offset &+ length
    let textLow = TokenWords.load(bytes, offset, min(length, 8))
    let textHigh = length > 8 ? TokenWords.load(bytes, offset &+ 8, length &- 8) : 0
    let key = TokenWords.key(low, high, count)
    let cues = probe.cues(key: key, low: low, high: high, count: count)
    let ascii = (low | high) & TokenWords.highBits == 0
    slot.initialize(
      to: TextToken(
        kind: kind,
        storedText: TokenText(
          low: textLow, high: SmallString.flagged(textHigh, count: length, ascii: false)),
        storedFolded: TokenText(
          low: low, high: SmallString.flagged(high, count: count, ascii: ascii)),
        range: offset..<end, gap: gap,
        isNumberWord: kind == .word && cues.contains(.numberWord), cues: cues, key: key))
    return true
  }
}
