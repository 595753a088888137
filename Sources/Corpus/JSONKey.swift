/// The name of a JSON object's member: up to 16 bytes packed in two integers (the parser makes
/// no `String` for it), a longer one kept as a `String`. Keys compare by their UTF-8 bytes;
/// `JSONObject` falls back to `String` comparison (canonical equivalence, as a Swift
/// dictionary of Foundation's compares) when a key is not ASCII.
struct JSONKey: Equatable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var count: Int
  private var long: String?
  /// Whether every byte is ASCII.
  private(set) var isASCII: Bool

  /// The key whose decoded UTF-8 bytes are `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    count = bytes.count
    guard bytes.count <= 16 else {
      long = String(decoding: bytes, as: UTF8.self)
      isASCII = bytes.allSatisfy { $0 < 0x80 }
      return
    }
    var words: (UInt64, UInt64) = (0, 0)
    if let base = bytes.baseAddress {
      withUnsafeMutableBytes(of: &words) {
        $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
      }
    }
    // The words hold the bytes in memory order: made little-endian, the same on every machine.
    low = UInt64(littleEndian: words.0)
    high = UInt64(littleEndian: words.1)
    isASCII = (words.0 | words.1) & 0x8080_8080_8080_8080 == 0
  }

  init(_ string: String) {
    var string = string
    self = string.withUTF8 { JSONKey(bytes: $0) }
  }

  /// Equal names: the packed bytes first, the `String` of a long key only when they agree.
  static func == (lhs: JSONKey, rhs: JSONKey) -> Bool {
    lhs.low == rhs.low && lhs.high == rhs.high && lhs.count == rhs.count
      && (lhs.count <= 16 || lhs.long == rhs.long)
  }

  /// The key as a `String`.
  var string: String {
    if let long { return long }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for offset in 0..<count {
      let word = offset < 8 ? low : high
      bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(offset % 8))))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
