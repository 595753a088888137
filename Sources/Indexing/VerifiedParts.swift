import Foundation

/// The parts of one mapped, immutable index file whose checksum has already been checked in
/// this process, so that a long-lived reader (`search --batch`, a program embedding the
/// library) checks each postings block once rather than at every query.
///
/// A part is known by its exact byte range: the same bytes, checked once, stay good as long as
/// the map lives (the file of a committed generation is never rewritten; a new process checks
/// again). Safe to share between threads. An open-addressing table of (start, end) pairs with a
/// multiplicative hash: a lookup costs a few nanoseconds, far less than the checksum it saves.
package final class VerifiedParts: @unchecked Sendable {
  /// Slot pairs: start + 1 (0 = empty), end.
  private var slots = [Int](repeating: 0, count: 2 * 1024)
  private var count = 0
  private let lock = NSLock()
  /// Per postings list (by offset), one bit per part checked: what a cursor copies once when
  /// it opens, rather than asking the table at every block.
  private var lists: [Int: [UInt64]] = [:]

  package init() {}

  private static func home(_ start: Int, capacity: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: start) &* 0x9E37_79B9_7F4A_7C15) >> 20)
      & (capacity - 1)
  }

  /// Whether `start..<end` was checked before.
  package func contains(_ start: Int, _ end: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let capacity = slots.count / 2
    var slot = VerifiedParts.home(start, capacity: capacity)
    while slots[2 * slot] != 0 {
      if slots[2 * slot] == start + 1 { return slots[2 * slot + 1] == end }
      slot = (slot + 1) & (capacity - 1)
    }
    return false
  }

  /// The parts of the list at `offset` already checked, one bit each (as `insert(list:)`
  /// numbers them); empty if none.
  package func parts(ofList offset: Int) -> [UInt64] {
    lock.lock()
    defer { lock.unlock() }
    return lists[offset] ?? []
  }

  /// Records that part `part` of the list at `offset`, which has `parts` parts, passed its
  /// checksum.
  package func insert(list offset: Int, part: Int, of parts: Int) {
    lock.lock()
    defer { lock.unlock() }
    let words = (parts + 63) / 64
    guard part >= 0, part < parts else { return }
    lists[offset, default: [UInt64](repeating: 0, count: words)][part >> 6] |=
      1 << UInt64(part & 63)
  }

  /// Records that `start..<end` passed its checksum.
  package func insert(_ start: Int, _ end: Int) {
    lock.lock()
    defer { lock.unlock() }
    if 2 * (count + 1) > slots.count / 2 { grow() }
    place(start, end)
  }

  private func place(_ start: Int, _ end: Int) {
    let capacity = slots.count / 2
    var slot = VerifiedParts.home(start, capacity: capacity)
    while slots[2 * slot] != 0, slots[2 * slot] != start + 1 {
      slot = (slot + 1) & (capacity - 1)
    }
    if slots[2 * slot] == 0 { count += 1 }
    slots[2 * slot] = start + 1
    slots[2 * slot + 1] = end
  }

  private func grow() {
    let old = slots
    slots = [Int](repeating: 0, count: old.count * 2)
    count = 0
    for slot in stride(from: 0, to: old.count, by: 2) where old[slot] != 0 {
      place(old[slot] - 1, old[slot + 1])
    }
  }
}
