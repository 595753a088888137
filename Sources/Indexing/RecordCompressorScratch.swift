import Foundation

/// The working memory of one compression, kept between records (`RecordCompressorScratch.take`
/// and `give`): the dictionary followed by the record, and the match finder's table, whose
/// slots hold the record's entries then the dictionary's (only read) side by side, so that a
/// probe reads one cache line. A record's entries hold `base` plus the position, and `base`
/// grows past every position of a record after it, so the record's entries never need
/// resetting (a stale entry reads as empty, and the dictionary's entries are used).
final class RecordCompressorScratch {
  /// Bytes readable after the record's end, so that short copies may load a whole word.
  static let slack = 32
  let dictionaryCount: Int
  private(set) var capacity: Int
  private(set) var source: UnsafeMutablePointer<UInt8>
  private(set) var output: UnsafeMutablePointer<UInt8>
  /// The table: per slot, `ways` record entries (stamps: `base` plus the position; under
  /// `base`: empty) then the slot's `ways` entries of `dictionaryTable`, on a cache line
  /// boundary (a slot is a quarter of a line).
  let table: UnsafeMutablePointer<UInt64>
  /// The stamp of the record being compressed, and that of the next one.
  private(set) var base: UInt32 = 1
  private var nextBase: UInt32 = 1

  private static let pool = RecordCompressorPool()

  /// A scratch of the pool, or a new one.
  static func take() -> RecordCompressorScratch { pool.take() ?? RecordCompressorScratch() }

  /// Returns a scratch to the pool.
  static func give(_ scratch: RecordCompressorScratch) { pool.give(scratch) }

  private init() {
    let dictionaryTable = RecordCompressorEncoder.dictionaryTable
    let dictionary = RecordDictionary.bytes
    dictionaryCount = dictionary.count
    capacity = dictionaryCount + 16_384
    source = .allocate(capacity: capacity + Self.slack)
    output = .allocate(capacity: capacity + Self.slack)
    let ways = RecordCompressorEncoder.ways
    let entries = 2 * dictionaryTable.count
    table = UnsafeMutableRawPointer.allocate(byteCount: entries * 8, alignment: 64)
      .bindMemory(to: UInt64.self, capacity: entries)
    table.initialize(repeating: 0, count: entries)
    for slot in 0..<(dictionaryTable.count / ways) {
      for way in 0..<ways {
        table[slot * 2 * ways + ways + way] = dictionaryTable[slot * ways + way]
      }
    }
    source.initialize(repeating: 0, count: capacity + Self.slack)
    dictionary.withUnsafeBufferPointer { source.update(from: $0.baseAddress!, count: $0.count) }
  }

  deinit {
    source.deallocate()
    output.deallocate()
    UnsafeMutableRawPointer(table).deallocate()
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
    let dictionary = RecordCompressorEncoder.dictionaryTable
    let ways = RecordCompressorEncoder.ways
    return dictionary.indices.allSatisfy {
      let slot = table + $0 / ways * 2 * ways
      return UInt32(truncatingIfNeeded: slot[$0 % ways]) < nextBase
        && slot[ways + $0 % ways] == dictionary[$0]
    }
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
    let ways = RecordCompressorEncoder.ways
    for slot in 0..<(RecordCompressorEncoder.dictionaryTable.count / ways) {
      (table + slot * 2 * ways).update(repeating: 0, count: ways)
    }
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
