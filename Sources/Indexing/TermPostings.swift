/// One term's list in a `PostingsAccumulator`: the term's bytes, then the postings of the
/// documents added so far (doc delta, length, entry), in one byte array.
struct TermPostings {
  /// The term's bytes, then the postings bytes.
  private(set) var bytes: [UInt8] = []
  /// How many of the first `bytes` are the term's.
  let termLength: Int
  private(set) var documentFrequency: Int = 0
  private(set) var lastDocument: Int = 0

  init(term: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: term)
    termLength = term.count
  }

  /// Whether this is the list of `term`.
  @inline(__always)
  func holds(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
    guard termLength == term.count else { return false }
    guard let termBase = term.baseAddress, term.count > 0 else { return true }
    return bytes.withUnsafeBytes { stored in
      TermInterner.same(stored.baseAddress!, termBase, count: term.count)
    }
  }

  /// Appends one document's entry; returns the bytes of memory added (capacity growth).
  @inline(__always)
  mutating func append(document: Int, length: Int, entry: UnsafeBufferPointer<UInt8>) -> Int {
    let before = bytes.capacity
    var header: (UInt64, UInt64) = (0, 0)
    let headerCount = withUnsafeMutableBytes(of: &header) { raw in
      var at = 0
      Self.varint(UInt64(document - lastDocument), into: raw, at: &at)
      Self.varint(UInt64(length), into: raw, at: &at)
      return at
    }
    withUnsafeBytes(of: &header) { raw in
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[..<headerCount]))
    }
    bytes.append(contentsOf: entry)
    documentFrequency += 1
    lastDocument = document
    return bytes.capacity - before
  }

  /// A varint of a document delta or length (under 2^56: at most 8 bytes) at `at` in `raw`.
  @inline(__always)
  private static func varint(
    _ value: UInt64, into raw: UnsafeMutableRawBufferPointer, at: inout Int
  ) {
    var rest = value
    while rest >= 0x80 {
      raw[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      at += 1
    }
    raw[at] = UInt8(rest)
    at += 1
  }
}
