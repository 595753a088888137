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

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
    slots.reserveCapacity(capacity / 6)
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
