/// The build's map from a document id to its document number, without a copy of the ids.
///
/// A segment writer must know whether an id was met before (one question, one record), for
/// every document of a build that may hold a million. A `[String: Int32]` costs about 90 bytes
/// a document; this table keeps a 64-bit hash of each document's id (8 bytes, by document
/// number) and an open-addressing array of document numbers (4 bytes a slot, at most half
/// full): 16 to 24 bytes a document. The ids themselves stay where the writer put them (its
/// strings file); a lookup whose hash matches asks for the id's bytes to compare (`idOf`), so
/// two ids with the same hash are never confused.
struct DocumentIDTable {
  /// Document numbers, -1 for an empty slot; the count is a power of two.
  private var slots = [Int32](repeating: -1, count: 1024)
  /// The hash of each document's id, by document number (every number ever added).
  private var idHashes = BlockedArray<UInt64>()
  /// Ids in the table (a replaced id counts once).
  private(set) var count = 0

  /// The number of the document that has `id`, or nil; `idOf` gives a document's id bytes.
  func find(_ id: String, idOf: (Int32) throws(IndexError) -> [UInt8]) throws(IndexError) -> Int32?
  {
    let hash = DocumentIDTable.hash(id)
    let slot = try self.slot(of: id, hash: hash, idOf: idOf)
    return slots[slot] >= 0 ? slots[slot] : nil
  }

  /// Records that document `number` (the next number: numbers are added in order) has `id`,
  /// replacing the number the id had.
  mutating func set(
    _ id: String, number: Int32, idOf: (Int32) throws(IndexError) -> [UInt8]
  ) throws(IndexError) {
    precondition(Int(number) == idHashes.count, "document numbers are added in order")
    let hash = DocumentIDTable.hash(id)
    idHashes.append(hash)
    if (count + 1) * 2 > slots.count { grow() }
    let slot = try self.slot(of: id, hash: hash, idOf: idOf)
    if slots[slot] < 0 { count += 1 }
    slots[slot] = number
  }

  /// The slot holding `id`, or the empty slot where it would go.
  private func slot(
    of id: String, hash: UInt64, idOf: (Int32) throws(IndexError) -> [UInt8]
  ) throws(IndexError) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let number = slots[slot]
      if number < 0 { return slot }
      if idHashes[Int(number)] == hash, try idOf(number).elementsEqual(id.utf8) { return slot }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the slots and places every number again (hashes are kept: no id is read).
  private mutating func grow() {
    let old = slots
    slots = [Int32](repeating: -1, count: old.count * 2)
    let mask = slots.count - 1
    for number in old where number >= 0 {
      var slot = Int(truncatingIfNeeded: idHashes[Int(number)]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = number
    }
  }

  /// FNV-1a over the id's UTF-8, then a 64-bit finalizer so that the low bits (the slot) mix
  /// every byte.
  static func hash(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    return hash
  }
}
