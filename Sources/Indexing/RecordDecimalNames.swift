import Foundation

/// The descriptions of the decimals met by earlier encodings (`Decimal.description` is a fifth
/// of a record's encoding otherwise), by the exact bytes of the value: equal bytes give equal
/// descriptions, so the cache cannot change an encoding. Instances are pooled; an encoding
/// takes one and gives it back, so that no lock is held while encoding.
final class RecordDecimalNames {
  private struct Key: Hashable {
    var low: UInt64
    var high: UInt64
    var last: UInt32
  }

  private static let pool = RecordDecimalPool()
  private static let capacity = 20_000
  private var names: [Key: String] = [:]

  static func take() -> RecordDecimalNames { pool.take() ?? RecordDecimalNames() }

  static func give(_ names: RecordDecimalNames) { pool.give(names) }

  /// `value.description`, from the cache when the same bytes were seen.
  func name(of value: Decimal) -> String {
    guard MemoryLayout<Decimal>.size == 20 else { return value.description }
    let key = withUnsafeBytes(of: value) { raw in
      Key(
        low: raw.loadUnaligned(as: UInt64.self),
        high: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
        last: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }
    if let name = names[key] { return name }
    let name = value.description
    if names.count >= Self.capacity { names.removeAll(keepingCapacity: true) }
    names[key] = name
    return name
  }
}

/// The caches not in use, shared by the threads that encode.
private final class RecordDecimalPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [RecordDecimalNames] = []

  func take() -> RecordDecimalNames? {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast()
  }

  func give(_ names: RecordDecimalNames) {
    lock.lock()
    defer { lock.unlock() }
    if free.count < 16 { free.append(names) }
  }
}
