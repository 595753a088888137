import Foundation

/// The memory of one record encoding, kept between encodings (`take` and `give`): the value
/// bytes, the string table, and the key cache, so that an encoding allocates
/// nothing but its result. A scratch is used by one encoding at a time.
final class RecordEncoderScratch {
  /// One entry of the key cache: a key literal's address (0: empty), its table index, the
  /// encoding that placed it (the index of an earlier encoding is stale), the literal's length
  /// and the hash of its bytes (a key is hashed once per scratch).
  struct KeySlot {
    var address = 0
    var index: Int32 = 0
    var encoding: UInt32 = 0
    var length = 0
    var hash: UInt64 = 0
  }

  static let keySlotBits = 10
  static let keySlotCount = 1 << keySlotBits
  /// The most keys the cache holds: half its slots, so that a probe soon meets an empty one.
  static let keyLimit = keySlotCount / 2

  /// The first slot probed for the key literal at `address` (multiplicative hashing).
  @inline(__always)
  static func keySlot(_ address: Int) -> Int {
    let mixed = UInt64(UInt(bitPattern: address)) &* 0x9e37_79b9_7f4a_7c15
    return Int(truncatingIfNeeded: mixed >> UInt64(64 - keySlotBits))
  }

  /// The number of filled slots of the key cache.
  private(set) var keyCount = 0

  /// The slot of the key cache holding the key at `address`, if cached.
  func cachedKeySlot(_ address: Int) -> Int? {
    var slot = Self.keySlot(address)
    while keys[slot].address != 0 {
      if keys[slot].address == address { return slot }
      slot = (slot + 1) & (Self.keySlotCount - 1)
    }
    return nil
  }

  /// Counts a new slot of the key cache; false when the cache is full (the key stays uncached).
  func claimKeySlot() -> Bool {
    guard keyCount < Self.keyLimit else { return false }
    keyCount += 1
    return true
  }
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

  /// Starts an encoding: the key indexes of the earlier ones become stale.
  func start() -> UInt32 {
    if encoding == UInt32.max {
      encoding = 0
      keys.update(repeating: KeySlot(), count: Self.keySlotCount)
      keyCount = 0
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
