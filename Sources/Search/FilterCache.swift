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
