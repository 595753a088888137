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

  private static func search(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard bytes.count >= pattern.count else { return false }
    guard let base = bytes.baseAddress else { return false }
    let first = pattern[0]
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      guard let found = memchr(base + index, Int32(first), last + 1 - index) else { return false }
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      var k = 1
      while k < pattern.count, bytes[index + k] == pattern[k] { k += 1 }
      if k == pattern.count { return true }
      index += 1
    }
    return false
  }
}
