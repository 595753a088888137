import Foundation

/// The long token forms (more than `SmallString.capacity` bytes) of the process, each stored
/// once and named by its index (`TokenText`): interned by their UTF-8 bytes (not by `String`
/// equality, which would merge canonically equivalent spellings).
///
/// Written under a lock; read without one, from chunks that never move: an index reaches a
/// reader only through `index(of:)`, whose lock orders the write before the read.
final class TokenTextStore: @unchecked Sendable {
  /// The store of the process.
  static let shared = TokenTextStore()

  /// A key of `indices`: a string compared and hashed by its UTF-8 bytes.
  private struct ByteKey: Hashable {
    let string: String

    static func == (left: ByteKey, right: ByteKey) -> Bool {
      left.string.utf8.elementsEqual(right.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
      var string = string
      string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  private static let chunkBits = 12
  private static let chunkMask = (1 << chunkBits) - 1
  private static let chunkCount = 1 << 16

  private let lock = NSLock()
  private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
  private var count = 0
  private var indices: [ByteKey: Int] = [:]

  private init() {
    chunks = .allocate(capacity: Self.chunkCount)
    chunks.initialize(repeating: nil, count: Self.chunkCount)
  }

  /// The index of the form `bytes` (valid UTF-8), stored on its first use.
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let key = ByteKey(string: String(decoding: bytes, as: UTF8.self))
    lock.lock()
    defer { lock.unlock() }
    if let found = indices[key] { return found }
    let index = count
    let chunk = index >> Self.chunkBits
    precondition(chunk < Self.chunkCount, "too many long token forms")
    if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
    (chunks[chunk]! + (index & Self.chunkMask)).initialize(to: key.string)
    indices[key] = index
    count += 1
    return index
  }

  /// The form stored at `index` (an index `index(of:)` gave).
  func string(at index: Int) -> String {
    chunks[index >> Self.chunkBits]![index & Self.chunkMask]
  }
}
