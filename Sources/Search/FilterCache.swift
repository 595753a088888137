import Foundation
import Indexing

/// Remembers, for the last filter a `Searcher` applied, which documents it was checked on and
/// which passed: a `--batch` process applies one filter to every query, so each document's
/// columns and strings are checked once, then its answer is a bit. A search takes the memo
/// and gives it back, so that concurrent searches never share one.
final class FilterCache: @unchecked Sendable {
  private let lock = NSLock()
  private var memo: FilterMemo?

  /// The memo of `filter` (a new one if the last was of another filter), nil for no filter.
  func take(_ filter: SearchFilter, documents: Int) -> FilterMemo? {
    guard !filter.isEmpty else { return nil }
    lock.lock()
    defer { lock.unlock() }
    if let memo, memo.filter == filter {
      self.memo = nil
      return memo
    }
    return FilterMemo(filter: filter, documents: documents)
  }

  func give(_ memo: FilterMemo?) {
    guard let memo else { return }
    lock.lock()
    self.memo = memo
    lock.unlock()
  }
}

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
