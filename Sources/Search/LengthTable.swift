import Foundation
import Indexing

/// One segment's BM25 document lengths in one dense array, for a long-lived `Searcher` (a
/// `--batch` process): in the document columns they lie 48 bytes apart, one cache line per
/// document scored; here sixteen share one. Built at the second search that asks for it, so
/// that a one-query process never reads every document's columns.
final class LengthTable: @unchecked Sendable {
  private let lock = NSLock()
  private var table: [UInt32] = []
  private var requests = 0

  /// The lengths of `store`'s documents, or an empty array before the table is built.
  func lengths(_ store: DocumentStore) -> [UInt32] {
    lock.lock()
    defer { lock.unlock() }
    requests += 1
    if table.isEmpty && requests >= 2 && store.storedCount > 0 {
      table = (0..<store.storedCount).map { UInt32(truncatingIfNeeded: store.fieldLength($0)) }
    }
    return table
  }
}
