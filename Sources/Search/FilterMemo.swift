/// Which documents a filter was checked on, and which were live and passed (one bit each).
/// The bits live behind pointers: asked for every candidate document, the memo then costs
/// no exclusivity check nor reference counting.
final class FilterMemo {
  let filter: SearchFilter
  private let words: Int
  private let known: UnsafeMutablePointer<UInt64>
  private let passes: UnsafeMutablePointer<UInt64>

  init(filter: SearchFilter, documents: Int) {
    self.filter = filter
    words = (max(0, documents) + 63) / 64
    known = .allocate(capacity: max(1, words))
    known.initialize(repeating: 0, count: max(1, words))
    passes = .allocate(capacity: max(1, words))
    passes.initialize(repeating: 0, count: max(1, words))
  }

  deinit {
    known.deallocate()
    passes.deallocate()
  }

  /// The remembered answer for `document`, nil if it was never checked.
  func answer(_ document: Int) -> Bool? {
    let word = document >> 6
    guard document >= 0, word < words else { return nil }
    let bit: UInt64 = 1 << UInt64(document & 63)
    guard known[word] & bit != 0 else { return nil }
    return passes[word] & bit != 0
  }

  /// `bits` (documents `64 * word ..< 64 * word + 64`) with those that failed cleared, when every
  /// one of them was checked already; nil when one was not.
  func passing(_ bits: UInt64, word: Int) -> UInt64? {
    guard word >= 0, word < words, bits & ~known[word] == 0 else { return nil }
    return bits & passes[word]
  }

  /// Remembers `answer` for `document`.
  func remember(_ document: Int, _ answer: Bool) {
    let word = document >> 6
    guard document >= 0, word < words else { return }
    let bit: UInt64 = 1 << UInt64(document & 63)
    known[word] |= bit
    if answer { passes[word] |= bit }
  }
}
