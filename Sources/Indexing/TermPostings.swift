/// One term's list in a `PostingsAccumulator`: the term's bytes, then the postings of the
/// documents added so far (doc delta, length, entry), written through a chain of blocks of a
/// `PostingsArena` (the term's bytes open the first block).
struct TermPostings {
  /// The first block, whose payload starts with the term's bytes.
  let first: UnsafeMutableRawPointer
  /// Where the next byte goes, and the end of the current block's payload.
  private var tail: UnsafeMutableRawPointer
  private var limit: UnsafeMutableRawPointer
  /// The current block (the last of the chain).
  private var current: UnsafeMutableRawPointer
  /// How many of the first bytes are the term's.
  let termLength: Int
  /// The postings bytes written so far (the term's excluded).
  private(set) var postingsCount = 0
  private(set) var documentFrequency: Int = 0
  private(set) var lastDocument: Int = 0

  /// The first block's payload: the term and room for one short entry.
  static let firstRoom = 24

  init(term: UnsafeBufferPointer<UInt8>, arena: PostingsArena) {
    termLength = term.count
    first = arena.block(payload: term.count + Self.firstRoom)
    current = first
    let payload = first + PostingsArena.headerSize
    if let base = term.baseAddress, term.count > 0 {
      payload.copyMemory(from: base, byteCount: term.count)
    }
    tail = payload + term.count
    limit = payload + term.count + Self.firstRoom
  }

  /// The term's bytes.
  var term: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: first + PostingsArena.headerSize, count: termLength)
  }

  /// `PostingsAccumulator.sortKey(term)` from one load: the first block holds at least eight
  /// bytes from the term's start (`firstRoom`), those past the term masked out.
  var sortKey: UInt64 {
    let word = UInt64(
      bigEndian: (first + PostingsArena.headerSize).loadUnaligned(as: UInt64.self))
    return termLength >= 8 ? word : word & ~(UInt64.max &>> UInt64(termLength &* 8))
  }

  /// The last byte written (of the term or of the postings), read to bring its cache line in
  /// before the next append.
  var lastWritten: UInt8 { (tail - 1).load(as: UInt8.self) }

  /// Whether this is the list of `term`.
  @inline(__always)
  func holds(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
    guard termLength == term.count else { return false }
    guard let termBase = term.baseAddress, term.count > 0 else { return true }
    return TermInterner.same(first + PostingsArena.headerSize, termBase, count: term.count)
  }

  /// A document's BM25 length as the varint `append` writes after each doc delta, packed
  /// little-endian into a word once per document (not once per posting).
  struct LengthVarint {
    let value: Int
    /// The varint's bytes (meaningful under 2^28, where they take at most 4 bytes).
    let word: UInt64
    /// The varint's length in bits.
    let bits: UInt64

    init(_ value: Int) {
      self.value = value
      var word: UInt64 = 0
      var bits: UInt64 = 0
      if UInt(bitPattern: value) < 1 << 28 {
        TermPostings.packVarint(UInt64(value), into: &word, at: &bits)
      }
      self.word = word
      self.bits = bits
    }
  }

  /// Appends one document's entry; returns the bytes of memory added (new blocks). `readable`:
  /// how many bytes may be read from the entry's start (16 at once when there are that many).
  @inline(__always)
  mutating func append(
    document: Int, length: LengthVarint, entry: UnsafeBufferPointer<UInt8>, readable: Int,
    arena: PostingsArena
  ) -> Int {
    let delta = document &- lastDocument
    let room = limit - tail
    var added = 0
    // Common case: both varints under 2^28 (8 bytes in all, stored in one go: the bytes past
    // them are overwritten by the entry) and room for 8 bytes more than the entry takes.
    if UInt(bitPattern: delta | length.value) < 1 << 28, room >= entry.count &+ 16 {
      var header: UInt64 = 0
      var shift: UInt64 = 0
      Self.packVarint(UInt64(delta), into: &header, at: &shift)
      header |= length.word &<< shift
      shift &+= length.bits
      tail.storeBytes(of: header.littleEndian, as: UInt64.self)
      let headerCount = Int(truncatingIfNeeded: shift &>> 3)
      let target = tail + headerCount
      if entry.count <= 16, readable >= 16, room >= headerCount &+ 16,
        let source = entry.baseAddress
      {
        // Sixteen bytes copied whatever the entry's length: the bytes past it are overwritten
        // by the next append (or never read).
        let raw = UnsafeRawPointer(source)
        target.storeBytes(of: raw.loadUnaligned(as: UInt64.self), as: UInt64.self)
        target.storeBytes(
          of: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8,
          as: UInt64.self)
      } else {
        Self.copy(entry, to: target)
      }
      let total = headerCount &+ entry.count
      tail += total
      postingsCount &+= total
    } else {
      added = appendSlowly(document: document, length: length.value, entry: entry, arena: arena)
    }
    documentFrequency &+= 1
    lastDocument = document
    return added
  }

  /// Appends one document's entry; returns the bytes of memory added (new blocks).
  @inline(__always)
  mutating func append(
    document: Int, length: Int, entry: UnsafeBufferPointer<UInt8>, arena: PostingsArena
  ) -> Int {
    append(
      document: document, length: LengthVarint(length), entry: entry, readable: entry.count,
      arena: arena)
  }

  /// Packs the varint of `value` into `word` from bit `shift`, which moves past it.
  @inline(__always)
  fileprivate static func packVarint(
    _ value: UInt64, into word: inout UInt64, at shift: inout UInt64
  ) {
    var rest = value
    while rest >= 0x80 {
      word |= (rest & 0x7F | 0x80) &<< shift
      shift &+= 8
      rest &>>= 7
    }
    word |= rest &<< shift
    shift &+= 8
  }

  /// Copies `bytes` to `target` exactly: up to 16 by overlapping loads and stores, more by
  /// `memcpy`.
  @inline(__always)
  private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableRawPointer)
  {
    guard let base = bytes.baseAddress else { return }
    let source = UnsafeRawPointer(base)
    let count = bytes.count
    if count > 16 {
      target.copyMemory(from: source, byteCount: count)
    } else {
      SmallCopy.copy(source, to: target, count: count)
    }
  }

  /// `append`'s general case: the header and the entry written through `write` (new blocks
  /// chained as needed); returns the bytes of memory added. The counts of documents are left
  /// to the caller.
  @inline(never)
  private mutating func appendSlowly(
    document: Int, length: Int, entry: UnsafeBufferPointer<UInt8>, arena: PostingsArena
  ) -> Int {
    var header: (UInt64, UInt64) = (0, 0)
    let headerCount = withUnsafeMutableBytes(of: &header) { raw in
      var at = 0
      Self.varint(UInt64(document - lastDocument), into: raw, at: &at)
      Self.varint(UInt64(length), into: raw, at: &at)
      return at
    }
    postingsCount += headerCount + entry.count
    if headerCount + entry.count <= limit - tail {
      // It fits in the block (without the 8 bytes to spare of `append`'s stores): two copies.
      withUnsafeBytes(of: &header) { raw in
        SmallCopy.copy(raw.baseAddress!, to: tail, count: headerCount)
      }
      Self.copy(entry, to: tail + headerCount)
      tail += headerCount + entry.count
      return 0
    }
    var added = withUnsafeBytes(of: &header) { raw in
      write(UnsafeRawBufferPointer(rebasing: raw[..<headerCount]), arena: arena)
    }
    added += write(UnsafeRawBufferPointer(entry), arena: arena)
    return added
  }

  /// Writes `bytes` at the tail, chaining new blocks as needed; returns their bytes.
  private mutating func write(_ bytes: UnsafeRawBufferPointer, arena: PostingsArena) -> Int {
    guard var source = bytes.baseAddress else { return 0 }
    var left = bytes.count
    var added = 0
    while left > 0 {
      if tail == limit {
        let grown = min(2 * PostingsArena.capacity(of: current), PostingsArena.largestBlock)
        let block = arena.block(payload: max(grown, 32))
        current.storeBytes(of: Int(bitPattern: block), as: Int.self)
        current = block
        tail = block + PostingsArena.headerSize
        limit = tail + PostingsArena.capacity(of: block)
        added += PostingsArena.headerSize + PostingsArena.capacity(of: block)
      }
      let count = min(left, limit - tail)
      tail.copyMemory(from: source, byteCount: count)
      tail += count
      source += count
      left -= count
    }
    return added
  }

  /// Calls `body` with the postings bytes, block by block, in order.
  func forEachPiece(_ body: (UnsafeRawBufferPointer) throws(IndexError) -> Void)
    throws(IndexError)
  {
    var block: UnsafeMutableRawPointer? = first
    var skip = termLength
    var left = postingsCount
    while let here = block, left > 0 {
      let capacity = PostingsArena.capacity(of: here)
      let count = min(capacity - skip, left)
      if count > 0 {
        try body(
          UnsafeRawBufferPointer(start: here + PostingsArena.headerSize + skip, count: count))
      }
      left -= count
      skip = 0
      block = PostingsArena.successor(of: here)
    }
  }

  /// A varint of a document delta or length (under 2^56: at most 8 bytes) at `at` in `raw`.
  @inline(__always)
  private static func varint(
    _ value: UInt64, into raw: UnsafeMutableRawBufferPointer, at: inout Int
  ) {
    var rest = value
    while rest >= 0x80 {
      raw[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      at += 1
    }
    raw[at] = UInt8(rest)
    at += 1
  }
}
