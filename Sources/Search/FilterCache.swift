import Foundation
import Indexing

/// The documents a filter keeps, as a bitmap, computed once a `Searcher` sees the same filter
/// a second time (a `--batch` process applies one filter to every query): each query then
/// tests a bit per document instead of the filter's columns and strings.
final class FilterCache: @unchecked Sendable {
  private let lock = NSLock()
  private var filter: SearchFilter?
  private var uses = 0
  private var bitmap: [UInt64]?

  /// The bitmap of live documents `compiled` keeps, once `filter` has been seen before.
  func bitmap(
    for filter: SearchFilter, _ compiled: CompiledFilter, store: DocumentStore
  ) -> [UInt64]? {
    guard !filter.isEmpty else { return nil }
    lock.lock()
    defer { lock.unlock() }
    if filter != self.filter {
      (self.filter, uses, bitmap) = (filter, 0, nil)
    }
    uses += 1
    if bitmap == nil && uses >= 2 {
      var bits = [UInt64](repeating: 0, count: (store.storedCount + 63) / 64)
      for document in 0..<store.storedCount
      where store.isLive(document) && compiled.matches(document, in: store) {
        bits[document >> 6] |= 1 << UInt64(document & 63)
      }
      bitmap = bits
    }
    return bitmap
  }
}
