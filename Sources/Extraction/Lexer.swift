/// Splits text into `TextToken`s with a single pass over its UTF-8 bytes (scalars decoded in
/// place), the tables read once per call as raw memory (`LexerTables`, `CueTable.Probe`): no
/// retain, no global access and no closure per token.
enum Lexer {
  enum Class { case space, newline, letter, digit, symbol }

  static func classify(_ scalar: Unicode.Scalar) -> Class {
    switch scalar.value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x20, 0x09: return .space
    case 0x0A, 0x0D, 0x2028, 0x2029: return .newline
    case 0x27, 0x2019, 0x02BC, 0xBA, 0xAA: return .symbol
    case 0...0x7F: return .symbol
    default:
      if scalar.properties.isWhitespace { return .space }
      return scalar.properties.isAlphabetic ? .letter : .symbol
    }
  }

  /// The class of an ASCII scalar, as `classify` gives it.
  @inline(__always)
  static func classifyASCII(_ value: UInt8) -> Class {
    switch value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x20, 0x09: return .space
    case 0x0A, 0x0D: return .newline
    default: return .symbol
    }
  }

  /// `classifyASCII` of every ASCII byte, as a table.
  static let asciiClasses: [Class] = (0..<128).map { classifyASCII(UInt8($0)) }

  /// The one-byte string of every ASCII byte, as `String(decoding:as:)` makes it.
  static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

  /// `classify` of every scalar from U+0080 to U+2FFF (accented letters, typographic
  /// punctuation and spaces), computed once: no Unicode property look-up per scalar there.
  static let wideClasses: [Class] = (0x80..<0x3000).map { classify(Unicode.Scalar(UInt32($0))!) }

  /// The class of a non-ASCII scalar, from `table` (`wideClasses`) below U+3000.
  @inline(__always)
  static func classifyWide(_ scalar: Unicode.Scalar, _ table: [Class]) -> Class {
    scalar.value < 0x3000 ? table[Int(scalar.value) - 0x80] : classify(scalar)
  }

  /// The tokens of `text`, read from its UTF-8 bytes (scalars decoded in place).
  static func tokens(in text: String) -> [TextToken] { lex(text, cues: true).tokens }

  /// The tokens of `text`; with `cues` false, their `cues` stay empty (for the lexicons'
  /// patterns, which `TokenCues.table` is built from).
  static func tokens(in text: String, cues: Bool) -> [TextToken] { lex(text, cues: cues).tokens }

  /// The tokens of `text` and their `SentenceCues`, gathered on the way (no second pass); with
  /// `packs` false, through `TokenBuilder.makeGeneral` only (for tests).
  static func lex(_ text: String, cues: Bool, packs: Bool = true) -> (
    tokens: [TextToken], cues: SentenceCues
  ) {
    var text = text
    let tables = LexerTables.shared
    let cueTable = cues ? TokenCues.byteTable : nil
    return withExtendedLifetime(cueTable) {
      text.withUTF8 { bytes in
        var builder = TokenBuilder(
          bytes: bytes, tables: tables, probe: cueTable?.probe, packs: packs)
        let tokens = LexerScratch.withTokens(capacity: bytes.count) { output in
          let count = builder.run(into: output)
          return Array(UnsafeBufferPointer(start: output, count: count))
        }
        return (tokens, builder.summary)
      }
    }
  }

  /// Where an ASCII run of letters or digits of class `cls` continuing at `offset` ends:
  /// nothing is decided inside it. `offset` itself for any other class.
  @inline(__always)
  static func runEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ cls: Class,
    _ classes: UnsafePointer<Class>
  ) -> Int {
    guard cls == .letter || cls == .digit else { return offset }
    var end = offset
    while end < bytes.count, bytes[end] < 0x80, classes[Int(bytes[end])] == cls { end += 1 }
    return end
  }

  /// The scalar of `width` UTF-8 bytes at `offset` (a valid non-ASCII sequence).
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ width: Int)
    -> Unicode.Scalar
  {
    var value = UInt32(bytes[offset]) & (0xFF >> (width + 1))
    for index in offset + 1..<offset + width {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// For an all-ASCII token: the `WordKey` of its lowered bytes (its folded form), and whether
  /// it holds an upper-case letter; nil when a byte is not ASCII.
  @inline(__always)
  static func asciiFoldedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, upper: Bool)? {
    var hash: UInt64 = 0
    var upper = false
    var word: UInt64 = 0
    var offset = 0
    for byte in bytes {
      if byte >= 0x80 { return nil }
      var lower = byte
      if byte &- 0x41 < 26 {
        lower = byte + 32
        upper = true
      }
      word |= UInt64(lower) << UInt64(8 &* (offset & 7))
      offset &+= 1
      if offset & 7 == 0 {
        hash = offset == 8 ? WordKey.first(word, bytes.count) : WordKey.next(hash, word)
        word = 0
      }
    }
    if offset & 7 != 0 || offset == 0 {
      hash = offset < 8 ? WordKey.first(word, bytes.count) : WordKey.next(hash, word)
    }
    return (hash, upper)
  }

  /// The ASCII bytes of `bytes` with their upper-case letters lowered, as a `String`.
  static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
      }
      return bytes.count
    }
  }
}
