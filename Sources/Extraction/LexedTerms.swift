#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import FrenchText

/// The analyzer's terms of the sentences the lexer read for the current document on this
/// thread, taken from the lexer's tokens (`append(_:bytes:tokens:)`), so that the index need
/// not scan those sentences a second time (`withTerms(of:_:)`).
///
/// Kept only once a consumer asked for them on the thread (`forInversion()`): `record(for:)`
/// alone (the `extract` command) pays nothing. A sentence the conversion cannot read exactly
/// as the analyzer would (compounds, digit groups, references, inner apostrophes, other
/// scripts...) is not kept: the consumer analyses it. A kept sentence is handed out only for
/// the same bytes (the stored `String` is retained, so its storage cannot be reused).
package final class LexedTerms {
  /// Whether the lexer keeps the terms of the sentences it reads on this thread.
  private(set) var isWanted = false
  /// The sentences kept, in the order they were lexed, and where each one's slots end.
  private var texts: [String] = []
  private var slotEnds: [Int] = []
  /// The kept sentences' slots and term bytes (`termStart` and `termEnd` index `bytes`).
  private(set) var slots: UnsafeMutablePointer<TermBuffer.Slot>
  private(set) var slotCount = 0
  private var slotCapacity: Int
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private(set) var byteCount = 0
  private var byteCapacity: Int
  /// The next kept sentence to hand out.
  private var cursor = 0

  /// Past these capacities, storage grown for a long document is freed at the next reset.
  static let retainedSlots = 1 << 16
  static let retainedBytes = 1 << 18

  private init() {
    slotCapacity = 1024
    slots = .allocate(capacity: slotCapacity)
    byteCapacity = 8192
    bytes = .allocate(capacity: byteCapacity)
  }

  deinit {
    slots.deallocate()
    bytes.deallocate()
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<LexedTerms>.fromOpaque(pointer).release()
    }
    precondition(created == 0, "cannot create the lexed terms' thread key")
    return key
  }()

  /// The calling thread's terms, made on first use.
  static var current: LexedTerms {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<LexedTerms>.fromOpaque(pointer).takeUnretainedValue()
    }
    let terms = LexedTerms()
    pthread_setspecific(key, Unmanaged.passRetained(terms).toOpaque())
    return terms
  }

  /// The calling thread's terms, wanted from now on: the documents lexed after this call keep
  /// their sentences' terms.
  package static func forInversion() -> LexedTerms {
    let terms = current
    terms.isWanted = true
    return terms
  }

  /// The thread's terms, emptied, when wanted (the lexer's tables take them once per
  /// document); else nil.
  static func forDocument() -> LexedTerms? {
    let terms = current
    guard terms.isWanted else { return nil }
    terms.reset()
    return terms
  }

  /// Forgets every kept sentence.
  func reset() {
    if !texts.isEmpty {
      texts.removeAll(keepingCapacity: true)
      slotEnds.removeAll(keepingCapacity: true)
    }
    slotCount = 0
    byteCount = 0
    cursor = 0
    if slotCapacity > Self.retainedSlots {
      slots.deallocate()
      slotCapacity = 1024
      slots = .allocate(capacity: slotCapacity)
    }
    if byteCapacity > Self.retainedBytes {
      bytes.deallocate()
      byteCapacity = 8192
      bytes = .allocate(capacity: byteCapacity)
    }
  }

  /// Room for `more` slots and `moreBytes` bytes after those kept.
  func reserve(slots more: Int, bytes moreBytes: Int) {
    if slotCount + more > slotCapacity {
      let capacity = Swift.max(slotCount + more, 2 * slotCapacity)
      let grown = UnsafeMutablePointer<TermBuffer.Slot>.allocate(capacity: capacity)
      grown.moveInitialize(from: slots, count: slotCount)
      slots.deallocate()
      slots = grown
      slotCapacity = capacity
    }
    if byteCount + moreBytes > byteCapacity {
      let capacity = Swift.max(byteCount + moreBytes, 2 * byteCapacity)
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      grown.moveInitialize(from: bytes, count: byteCount)
      bytes.deallocate()
      bytes = grown
      byteCapacity = capacity
    }
  }

  /// Keeps `text`, whose terms were written after those kept: `slots` more slots, `bytes` more
  /// bytes.
  func keep(_ text: String, slots newSlots: Int, bytes newBytes: Int) {
    texts.append(text)
    slotCount += newSlots
    byteCount += newBytes
    slotEnds.append(slotCount)
  }

  /// `body` given the slots of `text` and the term bytes they index, when `text` is the next
  /// kept sentence (the same bytes); nil, and nothing handed out, otherwise.
  package func withTerms<Result>(
    of text: String,
    _ body: (UnsafeBufferPointer<TermBuffer.Slot>, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    guard cursor < texts.count, Self.same(texts[cursor], text) else { return nil }
    let start = cursor == 0 ? 0 : slotEnds[cursor - 1]
    let end = slotEnds[cursor]
    cursor += 1
    return body(
      UnsafeBufferPointer(start: slots + start, count: end - start),
      UnsafeBufferPointer(start: bytes, count: byteCount))
  }

  /// Whether two strings hold the same UTF-8 bytes (not canonical equivalence, which `==`
  /// tests): the same storage, or equal bytes.
  @inline(__always)
  static func same(_ kept: String, _ text: String) -> Bool {
    let result: Bool? = kept.utf8.withContiguousStorageIfAvailable { first in
      text.utf8.withContiguousStorageIfAvailable { second in
        guard first.count == second.count else { return false }
        guard let one = first.baseAddress, let two = second.baseAddress else { return true }
        return one == two || memcmp(one, two, first.count) == 0
      } ?? false
    }
    return result ?? false
  }
}
