import Foundation

/// Substring search on UTF-8 bytes, for format detection without Foundation string searches.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack` (searched in place when its bytes are contiguous).
  static func contains(_ haystack: some Collection<UInt8>, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    if let found = haystack.withContiguousStorageIfAvailable({ search($0, pattern) }) {
      return found
    }
    return Array(haystack).withUnsafeBufferPointer { search($0, pattern) }
  }

  /// Whether `pattern` occurs in `bytes`: `memchr` finds each place of one byte of the pattern,
  /// its first capital letter when it has one (rarer in prose than its first letter), and the
  /// whole pattern is compared there.
  private static func search(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard bytes.count >= pattern.count else { return false }
    guard let base = bytes.baseAddress else { return false }
    let anchor = pattern.firstIndex { $0 >= 0x41 && $0 <= 0x5A } ?? 0
    let key = Int32(pattern[anchor])
    // Every start from `start` to `last` may hold the pattern.
    var start = 0
    let last = bytes.count - pattern.count
    while start <= last {
      guard let found = memchr(base + start + anchor, key, last + 1 - start) else { return false }
      let candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
      var k = 0
      while k < pattern.count, bytes[candidate + k] == pattern[k] { k += 1 }
      if k == pattern.count { return true }
      start = candidate + 1
    }
    return false
  }
}
