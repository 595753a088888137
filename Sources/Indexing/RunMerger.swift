import Foundation

/// Merges the sorted runs of a build into the final term dictionary (`.terms`) and postings
/// (`.post`), each term's runs (in document order) re-encoded in blocks by `BlockListWriter`.
///
/// `.terms` payload: entries (term, document frequency, postings offset, postings length, CRC-32
/// of the list's skip table, or of the whole list when it has one block, in 4 bytes, checked
/// whenever a list is opened), then
/// one 8-byte offset per entry, then the entry count and the offset table's position (8 bytes
/// each), so that a lookup is a binary search over the offset table.
package struct RunMerger {
  private struct Cursor {
    let file: MappedFile
    var reader: ByteReader
    var term: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)
    var documentFrequency = 0
    var lastDocument = 0
    var postings: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)
    var isDone = false
    private var released = 0
    /// How much of the map may stay resident behind the cursor.
    private let window: Int

    init(file: MappedFile, window: Int) {
      self.file = file
      self.window = window
      reader = ByteReader(file.bytes)
      advance()
    }

    mutating func advance() {
      guard !reader.isAtEnd else {
        isDone = true
        return
      }
      // A build of N documents merges about N / 20 000 runs at once: together they keep about
      // `residentBudget` of their maps resident, whatever their number.
      if reader.offset - released > window {
        file.releasePages(before: reader.offset - (64 << 10))
        released = reader.offset
      }
      term = reader.slice(reader.varintInt())
      documentFrequency = reader.varintInt()
      lastDocument = reader.varintInt()
      postings = reader.slice(reader.varintInt())
    }
  }

  /// The bytes of run maps kept resident during a merge, all runs together (each run keeps at
  /// least 192 KB).
  package static let residentBudget = 16 << 20

  package init() {}

  /// Merges `runs` (in document order) into `terms` and `postings` writers.
  package func merge(
    runs: [URL], terms: FileWriter, postings: FileWriter
  ) throws(IndexError) -> Int {
    var cursors: [Cursor] = []
    let window = max(128 << 10, RunMerger.residentBudget / max(1, runs.count))
    for url in runs {
      cursors.append(
        Cursor(file: try MappedFile(url: url, name: url.lastPathComponent), window: window))
    }
    var offsets: [UInt64] = []
    var entry = ByteBuffer(capacity: 64)
    var list = BlockListWriter()
    while let smallest = smallestTerm(cursors) {
      for index in cursors.indices where !cursors[index].isDone {
        guard RunMerger.compare(cursors[index].term, smallest) == 0 else { continue }
        RunMerger.decode(cursors[index].postings, into: &list)
        cursors[index].advance()
      }
      let frequency = list.documentFrequency
      let (bytes, crc) = list.finish()
      let start = postings.offset
      try postings.write(bytes)
      entry.bytes.removeAll(keepingCapacity: true)
      entry.varint(smallest.count)
      entry.append(smallest)
      for value in [frequency, Int(start), bytes.count] { entry.varint(value) }
      entry.u32(crc)
      offsets.append(terms.offset)
      try terms.write(entry.bytes)
    }
    try writeTable(offsets, to: terms)
    return offsets.count
  }

  /// Feeds one run's postings of a term (see `PostingsAccumulator`) to the block encoder.
  private static func decode(_ postings: UnsafeRawBufferPointer, into list: inout BlockListWriter) {
    var reader = ByteReader(postings)
    var document = 0
    while !reader.isAtEnd {
      document += reader.varintInt()
      let length = reader.varintInt()
      let frequency = reader.varintInt()
      let positions = reader.slice(reader.varintInt())
      list.add(document: document, length: length, frequency: frequency, positions: positions)
    }
  }

  /// The offset table, then the entry count and the table's position.
  private func writeTable(_ offsets: [UInt64], to terms: FileWriter) throws(IndexError) {
    var table = ByteBuffer(capacity: offsets.count * 8 + 16)
    let tableStart = terms.offset
    for offset in offsets { table.u64(offset) }
    table.u64(UInt64(offsets.count))
    table.u64(tableStart)
    try terms.write(table.bytes)
  }

  private func smallestTerm(_ cursors: [Cursor]) -> UnsafeRawBufferPointer? {
    var best: UnsafeRawBufferPointer?
    for cursor in cursors where !cursor.isDone {
      if let current = best, RunMerger.compare(cursor.term, current) >= 0 { continue }
      best = cursor.term
    }
    return best
  }

  /// Byte-wise comparison (UTF-8 order is code point order).
  package static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
    let common = min(a.count, b.count)
    if common > 0 {
      let result = memcmp(a.baseAddress!, b.baseAddress!, common)
      if result != 0 { return Int(result) }
    }
    return a.count - b.count
  }
}
