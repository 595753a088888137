/// Gives each distinct term of a document a dense id, in first-seen order, from its UTF-8
/// bytes, without a `String` per token.
///
/// Open addressing over 16-byte slots, each holding a term's first eight bytes and its length:
/// finding a term of up to eight bytes reads its slot only; a longer one compares the rest of
/// its bytes with the copy kept of every distinct term (one byte buffer). The storage is raw
/// memory owned by the interner (no copy on write, no bounds checks): a loop borrows it as a
/// `Storage` value, whose pointers stay in registers, and gives it back.
///
/// The hash never leaves the process (runs are sorted by the terms' bytes), so it may change.
final class TermInterner {
  /// A table slot: a term's first eight bytes (zeros past its end), and its length << 32 |
  /// its id + 1 (0: an empty slot).
  struct Slot {
    var head: UInt64
    var tag: UInt64
  }

  /// The interner's memory, lent to a loop by `borrow()` and given back by `giveBack(_:)`.
  struct Storage {
    fileprivate(set) var slots: UnsafeMutablePointer<Slot>
    fileprivate(set) var mask: Int
    /// Each term's hash, by id.
    fileprivate(set) var hashes: UnsafeMutablePointer<UInt64>
    /// Where term `id` starts in `bytes` is `bounds[id]`, where it ends `bounds[id + 1]`.
    fileprivate(set) var bounds: UnsafeMutablePointer<Int>
    /// The slot of each term, by id (to empty the table term by term).
    fileprivate(set) var places: UnsafeMutablePointer<Int>
    fileprivate(set) var termCapacity: Int
    /// The terms' bytes, one after the other; the room past them holds at least eight bytes.
    fileprivate(set) var bytes: UnsafeMutablePointer<UInt8>
    fileprivate(set) var byteCapacity: Int
    fileprivate(set) var count = 0
    /// The count at which the next new term first grows the table or the arrays by id.
    fileprivate(set) var limit: Int

    fileprivate init(slotCount: Int, termCapacity: Int, byteCapacity: Int) {
      slots = .allocate(capacity: slotCount)
      slots.initialize(repeating: Slot(head: 0, tag: 0), count: slotCount)
      mask = slotCount - 1
      hashes = .allocate(capacity: termCapacity)
      bounds = .allocate(capacity: termCapacity + 1)
      bounds[0] = 0
      places = .allocate(capacity: termCapacity)
      self.termCapacity = termCapacity
      bytes = .allocate(capacity: byteCapacity)
      self.byteCapacity = byteCapacity
      limit = min(termCapacity, slotCount / 2)
    }

    fileprivate func deallocate() {
      slots.deallocate()
      hashes.deallocate()
      bounds.deallocate()
      places.deallocate()
      bytes.deallocate()
    }

    /// The id of the `count` bytes at `term`, of which `readable` bytes may be read (eight at
    /// once when there are that many); a new term gets `count` (before the call).
    @inline(__always)
    mutating func id(of term: UnsafePointer<UInt8>, count length: Int, readable: Int) -> Int {
      let head = TermInterner.head(term, count: length, readable: readable)
      let hash = TermInterner.hash(head: head, term, count: length)
      let lengthTag = UInt64(truncatingIfNeeded: length) << 32
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let found = slots[slot]
        if found.tag == 0 { break }
        if found.head == head, found.tag & 0xFFFF_FFFF_0000_0000 == lengthTag {
          let id = Int(truncatingIfNeeded: found.tag & 0xFFFF_FFFF) &- 1
          if length <= 8 || TermInterner.sameTail(bytes + bounds[id], term, count: length) {
            return id
          }
        }
        slot = (slot &+ 1) & mask
      }
      return add(term, count: length, head: head, hash: hash, slot: slot)
    }

    /// Stores a new term at the empty `slot` of its probe. Not inlined: the lookup's loop then
    /// keeps its values in registers.
    @inline(never)
    private mutating func add(
      _ term: UnsafePointer<UInt8>, count length: Int, head: UInt64, hash: UInt64, slot: Int
    ) -> Int {
      var slot = slot
      if count == limit { slot = grow(hash) }
      let id = count
      slots[slot] = Slot(
        head: head,
        tag: UInt64(truncatingIfNeeded: length) << 32 | UInt64(truncatingIfNeeded: id &+ 1))
      hashes[id] = hash
      places[id] = slot
      let start = bounds[id]
      let end = start &+ length
      if end &+ 8 > byteCapacity { growBytes(to: end &+ 8) }
      if length <= 8 {
        UnsafeMutableRawPointer(bytes + start).storeBytes(
          of: head.littleEndian, as: UInt64.self)
      } else {
        TermInterner.copy(term, to: bytes + start, count: length)
      }
      bounds[id &+ 1] = end
      count = id &+ 1
      return id
    }

    /// Makes room for one more term (a larger table, longer arrays by id) and gives the empty
    /// slot of `hash`'s probe in the table as it is then.
    @inline(never)
    private mutating func grow(_ hash: UInt64) -> Int {
      if count == termCapacity {
        let capacity = termCapacity * 2
        hashes = Self.moved(hashes, count: count, to: capacity)
        bounds = Self.moved(bounds, count: count + 1, to: capacity + 1)
        places = Self.moved(places, count: count, to: capacity)
        termCapacity = capacity
      }
      if count >= (mask + 1) / 2 {
        let old = slots
        let oldCount = mask + 1
        let slotCount = oldCount * 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(head: 0, tag: 0), count: slotCount)
        mask = slotCount - 1
        for index in 0..<oldCount where old[index].tag != 0 {
          let id = Int(truncatingIfNeeded: old[index].tag & 0xFFFF_FFFF) - 1
          let slot = emptySlot(hashes[id])
          slots[slot] = old[index]
          places[id] = slot
        }
        old.deallocate()
      }
      limit = min(termCapacity, (mask + 1) / 2)
      return emptySlot(hash)
    }

    /// The first empty slot of `hash`'s probe.
    private func emptySlot(_ hash: UInt64) -> Int {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].tag != 0 { slot = (slot + 1) & mask }
      return slot
    }

    @inline(never)
    private mutating func growBytes(to needed: Int) {
      let capacity = max(needed, byteCapacity * 2)
      bytes = Self.moved(bytes, count: bounds[count], to: capacity)
      byteCapacity = capacity
    }

    private static func moved<Element>(
      _ old: UnsafeMutablePointer<Element>, count: Int, to capacity: Int
    ) -> UnsafeMutablePointer<Element> {
      let new = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
      new.moveInitialize(from: old, count: count)
      old.deallocate()
      return new
    }

    /// Forgets every term: empties the slots of the terms one by one.
    fileprivate mutating func removeAll() {
      for id in 0..<count { slots[places[id]].tag = 0 }
      count = 0
    }
  }

  /// The table's and the buffers' first sizes, to which they come back after a large document.
  static let firstSlots = 2048
  static let firstTerms = 512
  static let firstBytes = 4096

  private var storage = Storage(
    slotCount: TermInterner.firstSlots, termCapacity: TermInterner.firstTerms,
    byteCapacity: TermInterner.firstBytes)

  init() {}

  deinit { storage.deallocate() }

  /// The number of distinct terms.
  var count: Int { storage.count }

  /// The memory, for a loop (the interner must not be used until `giveBack(_:)`).
  func borrow() -> Storage { storage }

  /// Takes back the memory lent by `borrow()`, as the loop left it.
  func giveBack(_ storage: Storage) { self.storage = storage }

  /// Forgets every term, keeping the memory (a table or buffers a large document grew are
  /// made anew at their first sizes).
  func removeAll() {
    if storage.mask + 1 > 1 << 14 || storage.termCapacity > 1 << 13
      || storage.byteCapacity > 1 << 20
    {
      storage.deallocate()
      storage = Storage(
        slotCount: Self.firstSlots, termCapacity: Self.firstTerms, byteCapacity: Self.firstBytes)
    } else {
      storage.removeAll()
    }
  }

  /// The id of `term`: a new term gets `count` (before the call).
  func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = term.baseAddress else {
      var zero: UInt64 = 0
      return withUnsafeBytes(of: &zero) { zero in
        storage.id(of: zero.bindMemory(to: UInt8.self).baseAddress!, count: 0, readable: 0)
      }
    }
    return storage.id(of: base, count: term.count, readable: term.count)
  }

  /// The bytes of term `id`.
  func term(_ id: Int) -> [UInt8] {
    Array(
      UnsafeBufferPointer(
        start: storage.bytes + storage.bounds[id],
        count: storage.bounds[id + 1] - storage.bounds[id]))
  }

  /// The terms' bytes, one after the other, by id.
  var termBytes: [UInt8] {
    Array(UnsafeBufferPointer(start: storage.bytes, count: storage.bounds[storage.count]))
  }

  /// Where each term's bytes end in `termBytes` (they start where the previous one ends).
  var ends: [Int] { Array(UnsafeBufferPointer(start: storage.bounds + 1, count: storage.count)) }

  /// Each term's `hash(_:)`, by id.
  var hashes: [UInt64] { Array(UnsafeBufferPointer(start: storage.hashes, count: storage.count)) }

  /// A term's first eight bytes as a little-endian word, zeros past its end; read as one word
  /// when eight bytes may be read.
  @inline(__always)
  static func head(_ term: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
    if readable >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(term).loadUnaligned(as: UInt64.self))
      let kept = (1 as UInt64) &<< UInt64(truncatingIfNeeded: count &* 8) &- 1
      return count >= 8 ? word : word & kept
    }
    var word: UInt64 = 0
    for index in 0..<min(count, 8) { word |= UInt64(term[index]) << UInt64(8 * index) }
    return word
  }

  /// The hash of a term from its `head` and, past eight bytes, the rest eight at a time (the
  /// last eight overlapping). The length is not hashed: terms that differ only by trailing
  /// zero bytes share a hash, and are told apart by their lengths.
  @inline(__always)
  static func hash(head: UInt64, _ term: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    var hash = head &* multiplier
    if count > 8 {
      let raw = UnsafeRawPointer(term)
      var offset = 8
      while offset &+ 8 < count {
        hash =
          (hash ^ (hash >> 29) ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          &* multiplier
        offset &+= 8
      }
      hash =
        (hash ^ (hash >> 29) ^ raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        &* multiplier
    }
    return hash ^ (hash >> 32)
  }

  /// The hash the interner gives `term` (`InvertedDocument.termHashes`).
  static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = term.baseAddress else {
      return hash(head: 0, UnsafePointer(bitPattern: 1)!, count: 0)
    }
    return hash(head: head(base, count: term.count, readable: term.count), base, count: term.count)
  }

  /// Whether two terms of `count` bytes (more than eight), whose first eight are the same, are
  /// the same: the rest eight at a time, the last eight overlapping.
  @inline(__always)
  static func sameTail(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int)
    -> Bool
  {
    let left = UnsafeRawPointer(left)
    let right = UnsafeRawPointer(right)
    var offset = 8
    while offset &+ 8 < count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset &+= 8
    }
    return left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
      == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
  }

  /// Whether the `count` bytes at `left` and `right` are the same (eight at a time).
  @inline(__always)
  static func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
          return false
        }
        offset += 8
      }
      return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    if count >= 4 {
      return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
        && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    for offset in 0..<count
    where left.load(fromByteOffset: offset, as: UInt8.self)
      != right.load(fromByteOffset: offset, as: UInt8.self)
    {
      return false
    }
    return true
  }

  /// Copies `count` bytes (more than eight) eight at a time, the last eight overlapping (terms
  /// are short: no call to `memmove`).
  @inline(__always)
  static func copy(
    _ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int
  ) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    var offset = 0
    while offset &+ 8 < count {
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset,
        as: UInt64.self)
      offset &+= 8
    }
    to.storeBytes(
      of: from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self),
      toByteOffset: count &- 8, as: UInt64.self)
  }
}
