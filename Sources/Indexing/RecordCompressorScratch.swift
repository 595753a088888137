import Foundation

/// The working memory of one compression, kept between records (`RecordCompressorScratch.take`
/// and `give`): the dictionary followed by the record, the hash chains (the dictionary's part
/// computed once), and the hash heads, reset to the dictionary's at each record.
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
  }

  /// Places `encoding` after the dictionary and resets the heads; grows the buffers if needed.
  func load(_ encoding: UnsafeBufferPointer<UInt8>) {
    if dictionaryCount + encoding.count > capacity { grow(to: dictionaryCount + encoding.count) }
    if let base = encoding.baseAddress {
      (source + dictionaryCount).update(from: base, count: encoding.count)
    }
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
