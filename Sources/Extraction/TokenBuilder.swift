/// The state of one `Lexer.lex` call: the sentence's bytes, the tables as pointers and the
/// `SentenceCues` of the tokens made so far (written to the caller's buffer by `run(into:)`).
struct TokenBuilder {
  let bytes: UnsafeBufferPointer<UInt8>
  let classes: UnsafePointer<Lexer.Class>
  /// The cue table, nil when lexing without cues.
  let probe: CueTable.Probe?
  /// Whether short ASCII tokens take their strings from `SmallString`.
  let packs: Bool
  var summary = SentenceCues()

  /// With `packs` false, every token takes the general path (`makeGeneral`): for tests.
  init(
    bytes: UnsafeBufferPointer<UInt8>, tables: LexerTables, probe: CueTable.Probe?,
    packs: Bool = true
  ) {
    self.bytes = bytes
    self.classes = tables.classes
    self.probe = probe
    self.packs = packs && SmallString.available
  }

  /// Reads every token of `bytes` into `output` (room for `bytes.count` tokens: each holds a
  /// byte at least) and returns their count: spaces end a token and set the next one's gap, a
  /// change of class or any symbol starts a new one, ASCII runs of letters or digits are
  /// crossed whole. The general loop, scalar by scalar: `run(into:)` takes it without small
  /// strings, and the tests compare the two.
  mutating func runByScalars(into output: UnsafeMutablePointer<TextToken>) -> Int {
    var made = 0
    var offset = 0
    var start = 0
    var current: Lexer.Class?
    var spaces = 0
    var newline = false
    var gap = TextToken.Gap.none
    let count = bytes.count
    while offset < count {
      let lead = bytes[offset]
      var width = 1
      let cls: Lexer.Class
      if lead < 0x80 {
        cls = classes[Int(lead)]
      } else {
        width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let scalar = Lexer.scalar(bytes, offset, width)
        cls = scalar.value < LexerTables.limit ? classes[Int(scalar.value)] : Lexer.classify(scalar)
      }
      if cls == .space || cls == .newline {
        if let current {
          (output + made).initialize(to: finish(start..<offset, current, gap))
          made += 1
        }
        current = nil
        spaces += 1
        newline = newline || cls == .newline
      } else if cls != current || cls == .symbol {
        if let current {
          (output + made).initialize(to: finish(start..<offset, current, gap))
          made += 1
        }
        gap = spaces == 0 ? .none : (spaces == 1 && !newline ? .space : .wide)
        spaces = 0
        newline = false
        start = offset
        current = cls
      }
      offset = Lexer.runEnd(bytes, offset + width, cls, classes)
    }
    if let current {
      (output + made).initialize(to: finish(start..<offset, current, gap))
      made += 1
    }
    return made
  }

  /// The token of `range`, added to `summary`.
  @inline(__always)
  mutating func finish(_ range: Range<Int>, _ cls: Lexer.Class, _ gap: TextToken.Gap)
    -> TextToken
  {
    let kind: TextToken.Kind = cls == .letter ? .word : cls == .digit ? .number : .symbol
    let token = make(UnsafeBufferPointer(rebasing: bytes[range]), kind, range, gap)
    summary.tokens.formUnion(token.cues)
    if kind == .number { summary.hasNumber = true }
    if bytes[range.lowerBound] == UInt8(ascii: "M") { summary.hasCapitalM = true }
    return token
  }

  /// The token of `slice`, at `range` after `gap`: its text, folded form, key and cues.
  /// A short ASCII token is read as two words (`TokenWords`): tested, lowered and packed as
  /// small strings (`SmallString`) eight bytes at a time, stored as `TokenText`.
  @inline(__always)
  func make(
    _ slice: UnsafeBufferPointer<UInt8>, _ kind: TextToken.Kind, _ range: Range<Int> = 0..<0,
    _ gap: TextToken.Gap = .none
  ) -> TextToken {
    let count = slice.count
    let offset = slice.baseAddress.map { $0 - bytes.baseAddress! } ?? -1
    guard packs, count <= SmallString.capacity, count > 0, offset >= 0,
      offset + count <= bytes.count
    else { return makeGeneral(slice, kind, range, gap) }
    let low = TokenWords.load(bytes, offset, min(count, 8))
    let high = count > 8 ? TokenWords.load(bytes, offset + 8, count - 8) : 0
    if (low | high) & TokenWords.highBits != 0 { return makeWide(slice, kind, range, gap) }
    let lowerLow = TokenWords.lowered(low)
    let lowerHigh = TokenWords.lowered(high)
    let hash = TokenWords.key(lowerLow, lowerHigh, count)
    let written = TokenText(low: low, high: SmallString.flagged(high, count: count))
    let folded =
      lowerLow != low || lowerHigh != high
      ? TokenText(low: lowerLow, high: SmallString.flagged(lowerHigh, count: count))
      : written
    let cues = probe?.cues(key: hash, lowering: slice) ?? []
    return TextToken(
      kind: kind, storedText: written, storedFolded: folded, range: range, gap: gap,
      isNumberWord: kind == .word && cues.contains(.numberWord), cues: cues, key: hash)
  }

  /// `make` for a long token, or without small strings: `TokenText` of the bytes, and of the
  /// lowered bytes when an ASCII letter is upper case.
  func makeGeneral(
    _ slice: UnsafeBufferPointer<UInt8>, _ kind: TextToken.Kind, _ range: Range<Int> = 0..<0,
    _ gap: TextToken.Gap = .none
  ) -> TextToken {
    guard let ascii = Lexer.asciiFoldedKey(slice) else { return makeWide(slice, kind, range, gap) }
    let text = TokenText(slice)
    // ASCII: the folded bytes are the lowered bytes, whose key was computed on the way.
    let folded =
      ascii.upper
      ? withUnsafeTemporaryAllocation(of: UInt8.self, capacity: slice.count) { buffer in
        for index in 0..<slice.count {
          let byte = slice[index]
          buffer[index] = byte &- 0x41 < 26 ? byte + 32 : byte
        }
        return TokenText(UnsafeBufferPointer(buffer))
      } : text
    let cues = probe?.cues(key: ascii.key, lowering: slice) ?? []
    return TextToken(
      kind: kind, storedText: text, storedFolded: folded, range: range, gap: gap,
      isNumberWord: kind == .word && cues.contains(.numberWord), cues: cues, key: ascii.key)
  }

  /// The token of a slice holding a non-ASCII scalar: folded on bytes (`FoldedBytes`) into a
  /// zeroed scratch buffer whose words give the folded small string, the key and the cues,
  /// else by `Lexer.fold(_:)`.
  func makeWide(
    _ slice: UnsafeBufferPointer<UInt8>, _ kind: TextToken.Kind, _ range: Range<Int>,
    _ gap: TextToken.Gap
  ) -> TextToken {
    // Valid UTF-8 (a slice of a `String` on scalar boundaries), and so is its folded form.
    let text = packed(slice) ?? TokenText(slice, small: packs && slice.count <= 15)
    if packs, slice.count <= 16, let small = smallFolded(slice) {
      return TextToken(
        kind: kind, storedText: text, storedFolded: small.folded, range: range, gap: gap,
        isNumberWord: kind == .word && small.cues.contains(.numberWord), cues: small.cues,
        key: small.key)
    }
    var key: UInt64 = 0
    var cues: TokenCues = []
    let capacity = max(slice.count, 16)
    let fast: TokenText? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) {
      $0.initialize(repeating: 0)
      guard let count = FoldedBytes.fold(slice, into: $0) else { return nil }
      let bytes = UnsafeBufferPointer(rebasing: $0[..<count])
      guard packs, count <= SmallString.capacity else {
        key = WordKey.of(bytes)
        cues = probe?.cues(key: key, word: bytes) ?? []
        return TokenText(bytes, small: false)
      }
      let raw = UnsafeRawPointer($0.baseAddress!)
      let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      let high = UInt64(littleEndian: (raw + 8).loadUnaligned(as: UInt64.self))
      key = TokenWords.key(low, high, count)
      cues = probe?.cues(key: key, word: bytes) ?? []
      let ascii = (low | high) & TokenWords.highBits == 0
      return TokenText(low: low, high: SmallString.flagged(high, count: count, ascii: ascii))
    }
    let folded: TokenText
    if let fast {
      folded = fast
    } else {
      var string = Lexer.fold(String(decoding: slice, as: UTF8.self))
      folded = string.withUTF8 { bytes in
        key = WordKey.of(bytes)
        cues = probe?.cues(key: key, word: bytes) ?? []
        return TokenText(bytes)
      }
    }
    return TextToken(
      kind: kind, storedText: text, storedFolded: folded, range: range, gap: gap,
      isNumberWord: kind == .word && cues.contains(.numberWord), cues: cues, key: key)
  }

  /// For a slice of at most 16 bytes: its folded form (`FoldedBytes`) as a small string, its
  /// key and its cues, folded into a fixed 16-byte stack buffer; nil when a scalar has no fast
  /// path or the folded form passes `SmallString.capacity` (`makeWide` then takes its general
  /// path).
  @inline(__always)
  func smallFolded(_ slice: UnsafeBufferPointer<UInt8>) -> (
    folded: TokenText, key: UInt64, cues: TokenCues
  )? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
      let raw = UnsafeMutableRawPointer(buffer.baseAddress!)
      raw.storeBytes(of: 0, as: UInt64.self)
      (raw + 8).storeBytes(of: 0, as: UInt64.self)
      guard let count = FoldedBytes.fold(slice, into: buffer), count <= SmallString.capacity
      else { return nil }
      let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      let high = UInt64(littleEndian: (raw + 8).loadUnaligned(as: UInt64.self))
      let key = TokenWords.key(low, high, count)
      let cues = probe?.cues(key: key, word: UnsafeBufferPointer(rebasing: buffer[..<count])) ?? []
      let ascii = (low | high) & TokenWords.highBits == 0
      let folded = TokenText(low: low, high: SmallString.flagged(high, count: count, ascii: ascii))
      return (folded, key, cues)
    }
  }

  /// The small-string `TokenText` of `slice` read as two words (`TokenWords`), when packing,
  /// at most `SmallString.capacity` bytes within `bytes`; else nil.
  @inline(__always)
  func packed(_ slice: UnsafeBufferPointer<UInt8>) -> TokenText? {
    let count = slice.count
    let offset = slice.baseAddress.map { $0 - bytes.baseAddress! } ?? -1
    guard packs, count <= SmallString.capacity, count > 0, offset >= 0,
      offset + count <= bytes.count
    else { return nil }
    let low = TokenWords.load(bytes, offset, min(count, 8))
    let high = count > 8 ? TokenWords.load(bytes, offset + 8, count - 8) : 0
    let ascii = (low | high) & TokenWords.highBits == 0
    return TokenText(low: low, high: SmallString.flagged(high, count: count, ascii: ascii))
  }
}
