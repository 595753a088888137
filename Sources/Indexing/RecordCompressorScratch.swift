import Foundation

/// The working memory of one compression, kept between records (`RecordCompressorScratch.take`
/// and `give`): the dictionary followed by the record, the hash chains (the dictionary's part
/// computed once), the dictionary's heads and filter (only read), and the record's heads and
/// filter. A record's heads hold `base` plus the position, and `base` grows past every position
/// of a record after it, so the heads never need resetting (a stale slot reads as empty, and
/// the dictionary's head is used); the record's filter is cleared before each record, only as
/// many words as the record's size needs (`begin`).
final class RecordCompressorScratch {
  /// Bytes readable after the record's end, so that short copies may load a whole word.
  static let slack = 32
  /// The record filter's bits: from 2^10 to 2^`filterBits`, 4 to 8 per byte of the record
  /// (`extraBits`: the power of two above its length, times 2^2).
  static let smallestFilterBits = 10
  static let extraBits = 2
  let dictionaryCount: Int
  private(set) var capacity: Int
  private(set) var source: UnsafeMutablePointer<UInt8>
  private(set) var chain: UnsafeMutablePointer<Int32>
  private(set) var output: UnsafeMutablePointer<UInt8>
  /// The record's heads (`base` plus the position; under `base`: empty).
  let head: UnsafeMutablePointer<UInt32>
  let filter: UnsafeMutablePointer<UInt64>
  let dictionaryHead: UnsafeMutablePointer<Int32>
  let dictionaryFilter: UnsafeMutablePointer<UInt64>
  /// The stamp of the record being compressed, and that of the next one.
  private(set) var base: UInt32 = 1
  private var nextBase: UInt32 = 1

  private static let pool = RecordCompressorPool()

  /// A scratch of the pool, or a new one.
  static func take() -> RecordCompressorScratch { pool.take() ?? RecordCompressorScratch() }

  /// Returns a scratch to the pool.
  static func give(_ scratch: RecordCompressorScratch) { pool.give(scratch) }

  private init() {
    let tables = RecordCompressorEncoder.dictionaryTables
    let dictionary = RecordDictionary.bytes
    dictionaryCount = dictionary.count
    capacity = dictionaryCount + 16_384
    source = .allocate(capacity: capacity + Self.slack)
    chain = .allocate(capacity: capacity)
    output = .allocate(capacity: capacity + Self.slack)
    head = .allocate(capacity: tables.head.count)
    head.initialize(repeating: 0, count: tables.head.count)
    filter = .allocate(capacity: tables.filter.count)
    filter.initialize(repeating: 0, count: tables.filter.count)
    dictionaryHead = .allocate(capacity: tables.head.count)
    dictionaryFilter = .allocate(capacity: tables.filter.count)
    tables.head.withUnsafeBufferPointer {
      dictionaryHead.initialize(from: $0.baseAddress!, count: $0.count)
    }
    tables.filter.withUnsafeBufferPointer {
      dictionaryFilter.initialize(from: $0.baseAddress!, count: $0.count)
    }
    source.initialize(repeating: 0, count: capacity + Self.slack)
    dictionary.withUnsafeBufferPointer { source.update(from: $0.baseAddress!, count: $0.count) }
    tables.chain.withUnsafeBufferPointer {
      chain.initialize(from: $0.baseAddress!, count: $0.count)
    }
  }

  deinit {
    source.deallocate()
    chain.deallocate()
    output.deallocate()
    head.deallocate()
    filter.deallocate()
    dictionaryHead.deallocate()
    dictionaryFilter.deallocate()
  }

  /// Places `encoding` after the dictionary; grows the buffers if needed.
  func load(_ encoding: UnsafeBufferPointer<UInt8>) {
    if dictionaryCount + encoding.count + 4 > capacity {
      grow(to: dictionaryCount + encoding.count + 4)
    }
    if let base = encoding.baseAddress {
      (source + dictionaryCount).update(from: base, count: encoding.count)
    }
  }

  /// Starts a record of `count` bytes: a new stamp (the heads cleared whole only when the stamps
  /// would overflow) and a cleared record filter; returns the shift from `filterHash` to its bits.
  func begin(count: Int) -> Int {
    let end = UInt64(dictionaryCount + count)
    if UInt64(nextBase) + end >= UInt64(UInt32.max) {
      head.update(repeating: 0, count: 1 << RecordCompressorEncoder.hashBits)
      nextBase = 1
    }
    base = nextBase
    nextBase = base + UInt32(end)
    let wanted = (count | 1).bitWidth - (count | 1).leadingZeroBitCount + Self.extraBits
    let bits = min(RecordCompressorEncoder.filterBits, max(Self.smallestFilterBits, wanted))
    filter.update(repeating: 0, count: 1 << (bits - 6))
    return RecordCompressorEncoder.filterBits - bits
  }

  /// Whether the next record starts from the dictionary's tables alone: its heads all read as
  /// empty, and the dictionary's heads and filter are intact.
  func isClean() -> Bool {
    let tables = RecordCompressorEncoder.dictionaryTables
    return tables.head.indices.allSatisfy { head[$0] < nextBase }
      && tables.head.indices.allSatisfy { dictionaryHead[$0] == tables.head[$0] }
      && tables.filter.indices.allSatisfy { dictionaryFilter[$0] == tables.filter[$0] }
  }

  /// Moves the next stamp to `value` (tests: the clearing when the stamps would overflow).
  func jumpStamps(to value: UInt32) {
    precondition(value > nextBase)
    nextBase = value
  }

  /// Clears the record heads and filter whole and restarts the stamps (the reference the
  /// stamps are tested against).
  func reset() {
    head.update(repeating: 0, count: 1 << RecordCompressorEncoder.hashBits)
    filter.update(repeating: 0, count: 1 << (RecordCompressorEncoder.filterBits - 6))
    base = 1
    nextBase = 1
  }

  private func grow(to count: Int) {
    let newCapacity = max(count, capacity * 2)
    let newSource = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + Self.slack)
    newSource.initialize(repeating: 0, count: newCapacity + Self.slack)
    newSource.update(from: source, count: dictionaryCount)
    source.deallocate()
    source = newSource
    let newChain = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
    newChain.initialize(from: chain, count: dictionaryCount)
    chain.deallocate()
    chain = newChain
    output.deallocate()
    output = .allocate(capacity: newCapacity + Self.slack)
    capacity = newCapacity
  }
}

/// The scratches not in use, shared by the threads that compress.
private final class RecordCompressorPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [RecordCompressorScratch] = []

  func take() -> RecordCompressorScratch? {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast()
  }

  func give(_ scratch: RecordCompressorScratch) {
    lock.lock()
    defer { lock.unlock() }
    if free.count < 16 { free.append(scratch) }
  }
}
