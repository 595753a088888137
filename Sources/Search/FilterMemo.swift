/// Which documents a filter was checked on, and which passed (one bit each).
final class FilterMemo {
  let filter: SearchFilter
  private var known: [UInt64]
  private var passes: [UInt64]

  init(filter: SearchFilter, documents: Int) {
    self.filter = filter
    known = [UInt64](repeating: 0, count: (documents + 63) / 64)
    passes = known
  }

  /// The remembered answer for `document`, or `check`'s, remembered.
  func answer(_ document: Int, _ check: () -> Bool) -> Bool {
    let word = document >> 6
    guard word < known.count else { return check() }
    let bit: UInt64 = 1 << UInt64(document & 63)
    if known[word] & bit != 0 { return passes[word] & bit != 0 }
    let result = check()
    known[word] |= bit
    if result { passes[word] |= bit }
    return result
  }
}
