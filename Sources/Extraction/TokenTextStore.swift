#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The long token forms (more than `SmallString.capacity` bytes) made on one thread, each
/// stored once and named by its index (`TokenText`): interned by their UTF-8 bytes (not by
/// `String` equality, which would merge canonically equivalent spellings).
///
/// One store per thread (tokens never leave the thread that lexed them: extraction is
/// synchronous), so neither writes nor reads take a lock. A store that grew past
/// `retainedLimit` forms is emptied when the thread starts a new document
/// (`RecordExtractor.record(for:)`, when no token of an earlier document is alive), so that
/// its memory stays bounded whatever the corpus holds.
final class TokenTextStore {
  /// Forms kept from document to document; past this count the store is emptied at the next
  /// document's start.
  static let retainedLimit = 1 << 14

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

  private var strings: [String] = []
  private var indices: [ByteKey: Int] = [:]

  /// The number of forms stored.
  var count: Int { strings.count }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<TokenTextStore>.fromOpaque(pointer).release()
    }
    precondition(created == 0, "cannot create the token store's thread key")
    return key
  }()

  /// The store of the calling thread, made on its first use.
  static var current: TokenTextStore {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<TokenTextStore>.fromOpaque(pointer).takeUnretainedValue()
    }
    let store = TokenTextStore()
    pthread_setspecific(key, Unmanaged.passRetained(store).toOpaque())
    return store
  }

  /// The index of the form `bytes` (valid UTF-8), stored on its first use.
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let key = ByteKey(string: String(decoding: bytes, as: UTF8.self))
    if let found = indices[key] { return found }
    let index = strings.count
    strings.append(key.string)
    indices[key] = index
    return index
  }

  /// The form stored at `index` (an index `index(of:)` gave on this thread).
  func string(at index: Int) -> String { strings[index] }

  /// Empties the store when it holds more than `limit` forms. Only where no token made on this
  /// thread before is read again.
  func forgetIfLarger(than limit: Int = retainedLimit) {
    guard strings.count > limit else { return }
    strings = []
    indices = [:]
  }
}
