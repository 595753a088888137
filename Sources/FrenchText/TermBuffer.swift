/// The tokens of a text with their folded terms in one byte buffer: what an index needs from
/// the analyzer, without a `String` per token (`FrenchAnalyzer.termBuffer(in:)`).
public struct TermBuffer: Sendable {
  /// One token: where its term is in `bytes`, its position, the UTF-8 range of the word in the
  /// text, and whether it is a joined token (see `Token`).
  public struct Slot: Sendable, Equatable {
    public var termStart: Int32
    public var termEnd: Int32
    public var position: Int32
    public var rangeStart: Int32
    public var rangeEnd: Int32
    public var isJoined: Bool
  }

  /// The terms' bytes (a term may be referred to by several slots).
  public internal(set) var bytes: [UInt8] = []
  /// The tokens, in the order `FrenchAnalyzer.tokens(in:)` gives them.
  public internal(set) var slots: [Slot] = []

  /// The tokenizer's work space, kept with the buffer so that a reused buffer reuses it too.
  var scratch: [UInt8] = []
  var pieces: [Tokenizer.Piece] = []
  var partTerms: [Range<Int>] = []

  /// An empty buffer, to be filled by `FrenchAnalyzer.analyze(_:into:)`.
  public init() {}

  /// Whether the storage has the room `removeAll(reservingCapacity:)` makes for the tokens of
  /// `textCount` bytes.
  func holds(textCount: Int) -> Bool {
    bytes.capacity >= textCount && slots.capacity >= textCount / 6
  }

  /// Forgets the tokens, keeping the storage; makes room for the tokens of `textCount` bytes.
  mutating func removeAll(reservingCapacity textCount: Int) {
    bytes.removeAll(keepingCapacity: true)
    slots.removeAll(keepingCapacity: true)
    if bytes.capacity < textCount { bytes.reserveCapacity(textCount) }
    if slots.capacity < textCount / 6 { slots.reserveCapacity(textCount / 6) }
  }

  /// The tokens as `Token`s (one `String` each).
  var tokens: [Token] {
    slots.map { slot in
      Token(
        term: String(decoding: bytes[Int(slot.termStart)..<Int(slot.termEnd)], as: UTF8.self),
        position: Int(slot.position), range: Int(slot.rangeStart)..<Int(slot.rangeEnd),
        isJoined: slot.isJoined)
    }
  }
}
