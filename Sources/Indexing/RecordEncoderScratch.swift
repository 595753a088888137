import Foundation

/// The memory of one record encoding, kept between encodings (`take` and `give`): the value
/// bytes, the string table, and the key cache, so that an encoding allocates
/// nothing but its result. A scratch is used by one encoding at a time.
final class RecordEncoderScratch {
  /// One entry of the key cache: a key literal's address, its table index, the encoding that
  /// placed it (entries of earlier encodings are stale), and the hash of its bytes (still
  /// valid in a stale entry of the same address: a key is hashed once per scratch).
  struct KeySlot {
    var address = 0
    var index: Int32 = 0
    var encoding: UInt32 = 0
    var hash: UInt64 = 0
  }

  static let keySlotBits = 10
  static let keySlotCount = 1 << keySlotBits
  /// The number of the encoding under way (never 0), for the key cache.
  private(set) var encoding: UInt32 = 0
  var body = RecordBytes(capacity: 16_384)
  var strings = RecordStringTable()
  let keys: UnsafeMutablePointer<KeySlot>

  private static let pool = RecordEncoderPool()

  /// A scratch of the pool, or a new one.
  static func take() -> RecordEncoderScratch { pool.take() ?? RecordEncoderScratch() }

  /// Returns a scratch to the pool.
  static func give(_ scratch: RecordEncoderScratch) { pool.give(scratch) }

  private init() {
    keys = .allocate(capacity: Self.keySlotCount)
    keys.initialize(repeating: KeySlot(), count: Self.keySlotCount)
  }

  deinit {
    body.deallocate()
    strings.deallocate()
    keys.deallocate()
  }

  /// Starts an encoding: the key cache entries of the earlier ones become stale.
  func start() -> UInt32 {
    if encoding == UInt32.max {
      encoding = 0
      keys.update(repeating: KeySlot(), count: Self.keySlotCount)
    }
    encoding += 1
    return encoding
  }

  /// Takes back the memory of a finished encoding (it may have grown).
  func keep(_ buffer: RecordBuffer) {
    body = buffer.body
    strings = buffer.strings
  }
}

/// The scratches not in use, shared by the threads that encode.
private final class RecordEncoderPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [RecordEncoderScratch] = []

  func take() -> RecordEncoderScratch? {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast()
  }

  func give(_ scratch: RecordEncoderScratch) {
    lock.lock()
    defer { lock.unlock() }
    if free.count < 16 { free.append(scratch) }
  }
}
