import Foundation

/// The working memory of one compression, kept between records (`RecordCompressorScratch.take`
/// and `give`): the dictionary followed by the record, the hash chains (the dictionary's part
/// computed once), and the hash heads and filter, which hold the dictionary's between records:
/// each change a record makes is logged with the value it replaced (`touched`) and undone after
/// it, last first (`restore`: a sequential read of the log and writes to lines the record has
/// just touched), instead of copying the 96 KB of tables before each record.
final class RecordCompressorScratch {
  /// Bytes readable after the record's end, so that short copies may load a whole word.
  static let slack = 32
  let dictionaryCount: Int
  private(set) var capacity: Int
  private(set) var source: UnsafeMutablePointer<UInt8>
  private(set) var chain: UnsafeMutablePointer<Int32>
  private(set) var output: UnsafeMutablePointer<UInt8>
  let head: UnsafeMutablePointer<Int32>
  let filter: UnsafeMutablePointer<UInt64>
  /// One change of a record to the tables: a head slot and a filter word, with their values
  /// before it.
  struct Change {
    var bits: UInt64
    var slot: UInt16
    var word: UInt16
    var previous: Int32
  }

  /// The changes since the last `restore`, in order: at most one per position of the record and
  /// the three before it.
  private(set) var touched: UnsafeMutablePointer<Change>

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
    filter = .allocate(capacity: tables.filter.count)
    touched = .allocate(capacity: capacity)
    tables.head.withUnsafeBufferPointer {
      head.initialize(from: $0.baseAddress!, count: $0.count)
    }
    tables.filter.withUnsafeBufferPointer {
      filter.initialize(from: $0.baseAddress!, count: $0.count)
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
    touched.deallocate()
  }

  /// Places `encoding` after the dictionary; grows the buffers if needed. The heads and filter
  /// are the dictionary's (`restore` put them back after the last record).
  func load(_ encoding: UnsafeBufferPointer<UInt8>) {
    if dictionaryCount + encoding.count + 4 > capacity {
      grow(to: dictionaryCount + encoding.count + 4)
    }
    if let base = encoding.baseAddress {
      (source + dictionaryCount).update(from: base, count: encoding.count)
    }
    warm()
  }

  /// The sum of one word of each cache line of the heads and filter, read before each record:
  /// the tables, left cold by the work between two records, are fetched in one sequential sweep
  /// instead of one miss per probe.
  private(set) var warmth: UInt64 = 0

  private func warm() {
    var sum: UInt64 = 0
    let headCount = 1 << RecordCompressorEncoder.hashBits
    var index = 0
    while index < headCount {
      sum &+= UInt64(truncatingIfNeeded: head[index])
      index &+= 16
    }
    let filterCount = 1 << (RecordCompressorEncoder.filterBits - 6)
    index = 0
    while index < filterCount {
      sum &+= filter[index]
      index &+= 8
    }
    warmth = sum
  }

  /// Undoes the first `count` changes of `touched`, last first: the heads and filter are the
  /// dictionary's again.
  func restore(_ count: Int) {
    var index = count
    while index > 0 {
      index &-= 1
      let change = touched[index]
      head[Int(change.slot)] = change.previous
      filter[Int(change.word)] = change.bits
    }
  }

  /// Whether the heads and filter are the dictionary's (as between records).
  func isClean() -> Bool {
    let tables = RecordCompressorEncoder.dictionaryTables
    return tables.head.indices.allSatisfy { head[$0] == tables.head[$0] }
      && tables.filter.indices.allSatisfy { filter[$0] == tables.filter[$0] }
  }

  /// Resets the heads and filter to the dictionary's, whole (the reference `restore` is tested
  /// against).
  func reset() {
    let tables = RecordCompressorEncoder.dictionaryTables
    tables.head.withUnsafeBufferPointer { head.update(from: $0.baseAddress!, count: $0.count) }
    tables.filter.withUnsafeBufferPointer {
      filter.update(from: $0.baseAddress!, count: $0.count)
    }
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
    touched.deallocate()
    touched = .allocate(capacity: newCapacity)
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
