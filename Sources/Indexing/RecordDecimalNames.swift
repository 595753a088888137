import Foundation

/// The descriptions of the decimals met by earlier encodings (`Decimal.description` is a fifth
/// of a record's encoding otherwise), by the exact bytes of the value: equal bytes give equal
/// descriptions, so the cache cannot change an encoding. An open-addressing table keyed by the
/// value's 20 bytes, each name kept with its `RecordStringTable.hash`, so that neither the
/// value nor its name is hashed twice. Owned by one `RecordEncoderScratch` at a time.
final class RecordDecimalNames {
  private struct Entry {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var last: UInt32 = 0
    var used: UInt32 = 0
    var nameHash: UInt64 = 0
  }

  private static let slotCount = 32_768
  /// Past this many names, the table is emptied (a build meets a few thousand).
  private static let limit = 16_384
  private let entries: UnsafeMutablePointer<Entry>
  private let names: UnsafeMutablePointer<String>
  private var count = 0

  init() {
    entries = .allocate(capacity: Self.slotCount)
    entries.initialize(repeating: Entry(), count: Self.slotCount)
    names = .allocate(capacity: Self.slotCount)
    names.initialize(repeating: "", count: Self.slotCount)
  }

  deinit {
    entries.deinitialize(count: Self.slotCount)
    entries.deallocate()
    names.deinitialize(count: Self.slotCount)
    names.deallocate()
  }

  /// `value.description`, from the cache when the same bytes were seen.
  func name(of value: Decimal) -> String { named(value).name }

  /// `value.description` and its `RecordStringTable.hash`, from the cache when the same bytes
  /// were seen.
  func named(_ value: Decimal) -> (name: String, hash: UInt64) {
    guard MemoryLayout<Decimal>.size == 20 else {
      var name = value.description
      return (name, name.withUTF8 { RecordStringTable.hash($0) })
    }
    let (low, high, last) = withUnsafeBytes(of: value) { raw in
      (
        raw.loadUnaligned(as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
      )
    }
    var mixed = (low ^ (high &* 0x9e37_79b9_7f4a_7c15) ^ UInt64(last)) &* 0xff51_afd7_ed55_8ccd
    mixed ^= mixed >> 29
    let mask = Self.slotCount - 1
    var slot = Int(truncatingIfNeeded: mixed) & mask
    while entries[slot].used != 0 {
      let entry = entries[slot]
      if entry.low == low, entry.high == high, entry.last == last {
        return (names[slot], entry.nameHash)
      }
      slot = (slot + 1) & mask
    }
    var name = value.description
    let hash = name.withUTF8 { RecordStringTable.hash($0) }
    if count >= Self.limit {
      clear()
      return (name, hash)
    }
    entries[slot] = Entry(low: low, high: high, last: last, used: 1, nameHash: hash)
    names[slot] = name
    count += 1
    return (name, hash)
  }

  private func clear() {
    entries.update(repeating: Entry(), count: Self.slotCount)
    count = 0
  }
}
