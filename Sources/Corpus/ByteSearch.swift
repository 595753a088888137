/// Substring search on UTF-8 bytes, for format detection without Foundation string searches.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: some Collection<UInt8>, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    let bytes = Array(haystack)
    guard bytes.count >= pattern.count else { return false }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first {
        var k = 1
        while k < pattern.count, bytes[index + k] == pattern[k] { k += 1 }
        if k == pattern.count { return true }
      }
      index += 1
    }
    return false
  }
}
