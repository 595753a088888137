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

  /// The forms, in the order they were stored.
  private var strings: [String] = []
  /// The forms' bytes one after the other; form `i` ends at `ends[i]`, where form `i + 1` starts.
  private var arena: [UInt8] = []
  private var ends: [Int] = []
  /// Each form's `WordKey`.
  private var keys: [UInt64] = []
  /// An open-addressing table of form indices (-1 empty), at most half full.
  private var slots: [Int32] = Array(repeating: -1, count: 64)

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

  /// The index of the form `bytes` (valid UTF-8), stored on its first use. Found by its
  /// `WordKey` and a byte comparison: no `String` is made unless the form is new.
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let key = WordKey.of(bytes)
    let mask = slots.count &- 1
    var slot = WordKey.slot(key, mask)
    let found: Int? = slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        arena.withUnsafeBufferPointer { arena in
          ends.withUnsafeBufferPointer { ends in
            while true {
              let index = Int(slots[slot])
              if index < 0 { return nil }
              if keys[index] == key {
                let start = index == 0 ? 0 : ends[index &- 1]
                if ends[index] &- start == bytes.count
                  && (bytes.isEmpty
                    || memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0)
                {
                  return index
                }
              }
              slot = (slot &+ 1) & mask
            }
          }
        }
      }
    }
    if let found { return found }
    let index = strings.count
    strings.append(String(decoding: bytes, as: UTF8.self))
    arena.append(contentsOf: bytes)
    ends.append(arena.count)
    keys.append(key)
    slots[slot] = Int32(truncatingIfNeeded: index)
    if strings.count &* 2 > slots.count { rehash(slotCount: slots.count &* 2) }
    return index
  }

  /// Places every form again in a table of `slotCount` slots (a power of two).
  private func rehash(slotCount: Int) {
    var table = [Int32](repeating: -1, count: slotCount)
    let mask = slotCount &- 1
    for (index, key) in keys.enumerated() {
      var slot = WordKey.slot(key, mask)
      while table[slot] >= 0 { slot = (slot &+ 1) & mask }
      table[slot] = Int32(truncatingIfNeeded: index)
    }
    slots = table
  }

  /// The form stored at `index` (an index `index(of:)` gave on this thread).
  func string(at index: Int) -> String { strings[index] }

  /// Empties the store when it holds more than `limit` forms. Only where no token made on this
  /// thread before is read again.
  func forgetIfLarger(than limit: Int = retainedLimit) {
    guard strings.count > limit else { return }
    strings = []
    arena = []
    ends = []
    keys = []
    slots = Array(repeating: -1, count: 64)
  }
}
