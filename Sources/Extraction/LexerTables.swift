/// The lexer's per-byte tables as raw memory, allocated once for the process and never freed:
/// the class of every scalar below U+3000 and the one-byte string of every ASCII byte. Read
/// through pointers, they cost no retain and no global access per token.
struct LexerTables: @unchecked Sendable {
  /// `Lexer.classify` of every scalar below `limit`.
  let classes: UnsafePointer<Lexer.Class>
  /// `Lexer.asciiStrings`.
  let singles: UnsafePointer<String>

  /// The scalars below this value are classified from `classes`.
  static let limit: UInt32 = 0x3000

  static let shared = LexerTables()

  private init() {
    let classes = UnsafeMutablePointer<Lexer.Class>.allocate(capacity: Int(Self.limit))
    for value in 0..<Self.limit {
      classes[Int(value)] = Lexer.classify(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    let singles = UnsafeMutablePointer<String>.allocate(capacity: 128)
    for byte in 0..<128 {
      (singles + byte).initialize(to: String(decoding: [UInt8(byte)], as: UTF8.self))
    }
    self.classes = UnsafePointer(classes)
    self.singles = UnsafePointer(singles)
  }
}
