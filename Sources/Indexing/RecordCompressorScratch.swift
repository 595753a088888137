import Foundation

/// The working memory of one compression, kept between records (`RecordCompressorScratch.take`
/// and `give`): the dictionary followed by the record, and the match finder's two tables, the
/// record's then the dictionary's (a copy of `RecordCompressorEncoder.dictionaryTable`, only
/// read), 24 KB in all. A record's entries hold `base` plus the position, and `base` grows past
/// every position of a record after it, so the record's entries never need resetting (a stale
/// entry reads as empty, and the dictionary's candidate is used).
final class RecordCompressorScratch {
  /// Bytes readable after the record's end, so that short copies may load a whole word.
  static let slack = 32
  let dictionaryCount: Int
  private(set) var capacity: Int
  private(set) var source: UnsafeMutablePointer<UInt8>
  private(set) var output: UnsafeMutablePointer<UInt8>
  /// The record's table: per slot, `base` plus the latest position hashed there (under `base`:
  /// empty), on a cache line boundary.
  let records: UnsafeMutablePointer<UInt32>
  /// The dictionary's table (its latest position per slot), right after the record's.
  let dictionary: UnsafeMutablePointer<UInt16>
  /// The stamp of the record being compressed, and that of the next one.
  private(set) var base: UInt32 = 1
  private var nextBase: UInt32 = 1

  private static let pool = RecordCompressorPool()
  /// The number of the record table's slots.
  static let recordSlots = 1 << RecordCompressorEncoder.recordBits

  /// A scratch of the pool, or a new one.
  static func take() -> RecordCompressorScratch { pool.take() ?? RecordCompressorScratch() }

  /// Returns a scratch to the pool.
  static func give(_ scratch: RecordCompressorScratch) { pool.give(scratch) }

  private init() {
    let dictionaryTable = RecordCompressorEncoder.dictionaryTable
    let bytes = RecordDictionary.bytes
    dictionaryCount = bytes.count
    capacity = dictionaryCount + 16_384
    source = .allocate(capacity: capacity + Self.slack)
    output = .allocate(capacity: capacity + Self.slack)
    let slots = Self.recordSlots
    let memory = UnsafeMutableRawPointer.allocate(
      byteCount: slots * 4 + dictionaryTable.count * 2, alignment: 64)
    records = memory.bindMemory(to: UInt32.self, capacity: slots)
    records.initialize(repeating: 0, count: slots)
    dictionary = (memory + slots * 4).bindMemory(to: UInt16.self, capacity: dictionaryTable.count)
    dictionaryTable.withUnsafeBufferPointer {
      dictionary.initialize(from: $0.baseAddress!, count: $0.count)
    }
    source.initialize(repeating: 0, count: capacity + Self.slack)
    bytes.withUnsafeBufferPointer { source.update(from: $0.baseAddress!, count: $0.count) }
  }

  deinit {
    source.deallocate()
    output.deallocate()
    UnsafeMutableRawPointer(records).deallocate()
  }

  /// Places `encoding` after the dictionary; grows the buffers if needed.
  func load(_ encoding: UnsafeBufferPointer<UInt8>) {
    load(count: encoding.count) { output in
      if let base = encoding.baseAddress { output.update(from: base, count: encoding.count) }
    }
  }

  /// Places an encoding of `count` bytes after the dictionary, written there by `write`;
  /// grows the buffers if needed.
  func load(count: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Void) {
    if dictionaryCount + count + 4 > capacity { grow(to: dictionaryCount + count + 4) }
    write(source + dictionaryCount)
  }

  /// The encoding placed by `load`, `count` bytes long.
  func loaded(count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: source + dictionaryCount, count: count))
  }

  /// Starts a record of `count` bytes: a new stamp (the record's table cleared whole only when
  /// the stamps would overflow).
  func begin(count: Int) {
    let end = UInt64(dictionaryCount + count)
    if UInt64(nextBase) + end >= UInt64(UInt32.max) {
      clearRecordEntries()
      nextBase = 1
    }
    base = nextBase
    nextBase = base + UInt32(end)
  }

  /// Whether the next record starts from the dictionary's table alone: its own entries all read
  /// as empty, and the dictionary's table is intact.
  func isClean() -> Bool {
    let reference = RecordCompressorEncoder.dictionaryTable
    return (0..<Self.recordSlots).allSatisfy { records[$0] < nextBase }
      && reference.indices.allSatisfy { dictionary[$0] == reference[$0] }
  }

  /// Moves the next stamp to `value` (tests: the clearing when the stamps would overflow).
  func jumpStamps(to value: UInt32) {
    precondition(value > nextBase)
    nextBase = value
  }

  /// Clears the record's table whole and restarts the stamps (the reference the stamps are
  /// tested against).
  func reset() {
    clearRecordEntries()
    base = 1
    nextBase = 1
  }

  /// Sets every record entry to zero (empty under any stamp), the dictionary's left as they are.
  private func clearRecordEntries() {
    records.update(repeating: 0, count: Self.recordSlots)
  }

  private func grow(to count: Int) {
    let newCapacity = max(count, capacity * 2)
    let newSource = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + Self.slack)
    newSource.initialize(repeating: 0, count: newCapacity + Self.slack)
    newSource.update(from: source, count: dictionaryCount)
    source.deallocate()
    source = newSource
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
