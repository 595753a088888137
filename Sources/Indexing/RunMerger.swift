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
    private var released: Int
    /// How much of the map may stay resident behind the cursor.
    private let window: Int

    /// A cursor over the entries of `file` in `range` (the part of the run a merge part reads).
    init(file: MappedFile, range: Range<Int>, window: Int) {
      self.file = file
      self.window = window
      reader = ByteReader(
        UnsafeRawBufferPointer(rebasing: file.bytes[0..<range.upperBound]), offset: range.lowerBound
      )
      released = range.lowerBound
      advance()
    }

    /// Releases the pages read since the last release (the end of the part's range reached).
    mutating func releaseRead() {
      released = file.releasePages(from: released, to: reader.offset)
    }

    mutating func advance() {
      guard !reader.isAtEnd else {
        isDone = true
        return
      }
      // A build of N documents merges about N / 20 000 runs at once: together they keep about
      // `residentBudget` of their maps resident, whatever their number.
      if reader.offset - released > window {
        released = file.releasePages(from: released, to: reader.offset - (64 << 10))
      }
      term = reader.slice(reader.varintInt())
      documentFrequency = reader.varintInt()
      lastDocument = reader.varintInt()
      postings = reader.slice(reader.varintInt())
    }
  }

  /// The bytes of run maps kept resident during a merge, all runs together (each cursor keeps
  /// between 128 and 512 KB).
  package static let residentBudget = 16 << 20
  /// Runs smaller than this in total are merged by one thread.
  package var parallelThreshold = 8 << 20
  /// Threads merging at once.
  package var threads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))
  /// Term ranges a large merge is split into (see `MergeSchedule`): more than `threads`, so
  /// that parts written aside are appended while later ones are merged.
  package var parts = 4 * min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))

  package init() {}

  /// Merges `runs` (in document order) into `terms` and `postings` writers. Large merges are
  /// split by term range into `parts`, merged by `threads` threads (see `MergeSchedule`): a
  /// part is written straight to `terms` and `postings` when every part before it is there
  /// already, else into temporary files appended in order (postings offsets shifted) as soon as
  /// the parts before it are in: the same bytes as one merge. The entries' offsets go to a
  /// temporary file, appended to `terms` at the end: nothing per term is held in memory.
  package func merge(
    runs: [URL], terms: FileWriter, postings: FileWriter
  ) throws(IndexError) -> Int {
    var mapped: [MappedFile] = []
    for url in runs { mapped.append(try MappedFile(url: url, name: url.lastPathComponent)) }
    let files = mapped
    let total = files.reduce(0) { $0 + $1.bytes.count }
    let parallel = total >= parallelThreshold && threads > 1
    let ranges = RunSplit.ranges(of: files, parts: parallel ? max(parts, threads) : 1)
    let active = min(ranges.count, threads)
    let window = max(
      128 << 10, min(512 << 10, RunMerger.residentBudget / max(1, runs.count * active)))
    MemoryTrace.mark("merge of \(runs.count) runs split in \(ranges.count) part(s)")
    let base = postings.url.deletingPathExtension().path
    let offsets = try FileWriter(
      url: URL(fileURLWithPath: base + ".offsets.tmp"), checksummed: false)
    defer { try? FileManager.default.removeItem(at: offsets.url) }
    guard ranges.count > 1 else {
      let count = try mergePart(
        files, ranges[0], window: window, terms: terms, postings: postings, offsets: offsets)
      try writeTable(offsets, count: count, to: terms)
      return count
    }
    let schedule = MergeSchedule(parts: ranges.count)
    let output = MergeSchedule.Output(terms: terms, postings: postings, offsets: offsets)
    defer {
      for part in ranges.indices {
        for name in ["terms", "post"] {
          try? FileManager.default.removeItem(atPath: base + ".\(name)-\(part).tmp")
        }
      }
    }
    let scratches = (0..<active).map {
      ListScratch(spillURL: URL(fileURLWithPath: base + ".spill-\($0).tmp"))
    }
    DispatchQueue.concurrentPerform(iterations: active) { thread in
      let scratch = scratches[thread]
      schedule.work(
        merge: { part, direct throws(IndexError) -> MergeSchedule.Aside in
          guard !direct else {
            let count = try mergePart(
              files, ranges[part], window: window, terms: output.terms,
              postings: output.postings, offsets: output.offsets, scratch: scratch)
            return MergeSchedule.Aside(count: count, size: 0, crc: 0)
          }
          // Aside: the part's postings are checksummed as they are written (threads run at
          // once), then copied by the kernel (`FileWriter.append(contentsOf:count:crc:)`).
          let partTerms = try FileWriter(
            url: URL(fileURLWithPath: base + ".terms-\(part).tmp"), checksummed: false)
          let partPostings = try FileWriter(url: URL(fileURLWithPath: base + ".post-\(part).tmp"))
          let count = try mergePart(
            files, ranges[part], window: window, terms: partTerms, postings: partPostings,
            offsets: nil, scratch: scratch)
          _ = try partTerms.finish(footer: false, sync: false)
          let written = try partPostings.finish(footer: false, sync: false)
          return MergeSchedule.Aside(count: count, size: written.size, crc: written.crc)
        },
        append: { part, aside throws(IndexError) in
          let shift = output.postings.offset
          let postingsURL = URL(fileURLWithPath: base + ".post-\(part).tmp")
          try output.postings.append(contentsOf: postingsURL, count: aside.size, crc: aside.crc)
          try? FileManager.default.removeItem(at: postingsURL)
          let termsURL = URL(fileURLWithPath: base + ".terms-\(part).tmp")
          try appendEntries(termsURL, shift: shift, to: output.terms, offsets: output.offsets)
          try? FileManager.default.removeItem(at: termsURL)
        })
    }
    let count = try schedule.finished()
    MemoryTrace.mark("merge parts done")
    try writeTable(offsets, count: count, to: terms)
    return count
  }

  /// Merges one term range of every run; returns its entry count. Each entry's offset in
  /// `terms` goes to `offsets` (8 bytes each) when it is given. Postings and entries are
  /// staged in memory and written 64 KB at a time (offsets count the staged bytes).
  private func mergePart(
    _ files: [MappedFile], _ ranges: [Range<Int>], window: Int, terms: FileWriter,
    postings: FileWriter, offsets: FileWriter?, scratch: ListScratch? = nil
  ) throws(IndexError) -> Int {
    var cursors = zip(files, ranges).map { Cursor(file: $0, range: $1, window: window) }
    var output = ListOutput(terms: terms, postings: postings, offsets: offsets, scratch: scratch)
    while let smallest = smallestTerm(cursors) {
      for index in cursors.indices where !cursors[index].isDone {
        guard RunMerger.compare(cursors[index].term, smallest) == 0 else { continue }
        output.scratch.list.add(run: cursors[index].postings)
        cursors[index].advance()
      }
      try output.finishList(term: smallest)
    }
    // A part's cursors leave nothing resident: later parts read other ranges.
    for index in cursors.indices { cursors[index].releaseRead() }
    return try output.close()
  }

  /// Merges the lists held by `accumulator` (the build's only run, never written) into `terms`
  /// and `postings`, then empties it: the bytes of `spill` then `merge(runs:terms:postings:)`
  /// merged by one thread, without writing the run and reading it back. Returns the entry
  /// count.
  package func merge(
    _ accumulator: inout PostingsAccumulator, terms: FileWriter, postings: FileWriter
  ) throws(IndexError) -> Int {
    let base = postings.url.deletingPathExtension().path
    let offsets = try FileWriter(
      url: URL(fileURLWithPath: base + ".offsets.tmp"), checksummed: false)
    defer { try? FileManager.default.removeItem(at: offsets.url) }
    MemoryTrace.mark("merge of the lists in memory")
    var output = ListOutput(terms: terms, postings: postings, offsets: offsets, scratch: nil)
    try accumulator.drain { term, run throws(IndexError) in
      output.scratch.list.add(run: run)
      try output.finishList(term: term)
    }
    let count = try output.close()
    try writeTable(offsets, count: count, to: terms)
    return count
  }

  /// Where a merge part writes: each term's list, encoded by `list` from the runs added to it,
  /// to `postings`, its entry to `terms` and the entry's offset to `offsets` (when given), all
  /// staged and written 64 KB at a time.
  private struct ListOutput {
    let terms: FileWriter
    let postings: FileWriter
    let offsets: FileWriter?
    let scratch: ListScratch
    let entries: ScratchBuffer<UInt8>
    let staged: ScratchBuffer<UInt8>
    let places: ScratchBuffer<UInt8>
    private(set) var count = 0

    /// `scratch`: the buffers of a merge thread, reused from part to part (new ones when nil).
    init(terms: FileWriter, postings: FileWriter, offsets: FileWriter?, scratch: ListScratch?) {
      self.terms = terms
      self.postings = postings
      self.offsets = offsets
      let scratch =
        scratch
        ?? ListScratch(
          spillURL: URL(
            fileURLWithPath: postings.url.deletingPathExtension().path + ".spill.tmp"))
      self.scratch = scratch
      entries = scratch.entries
      staged = scratch.staged
      places = scratch.places
    }

    /// Writes the list of `term` (its runs added to `scratch.list`) and its entry.
    mutating func finishList(term: UnsafeRawBufferPointer) throws(IndexError) {
      let frequency = scratch.list.documentFrequency
      let start = postings.offset + UInt64(staged.count)
      let (length, crc) = try scratch.list.finish(into: postings, staging: staged)
      if offsets != nil { places.u64(terms.offset + UInt64(entries.count)) }
      RunMerger.encodeEntry(
        term: term, frequency: frequency, start: Int(start), length: length, crc: crc,
        into: entries)
      if entries.count >= 1 << 16 {
        try terms.write(entries.raw)
        entries.removeAll()
      }
      if let offsets, places.count >= 1 << 16 {
        try offsets.write(places.raw)
        places.removeAll()
      }
      count += 1
      if MemoryTrace.isEnabled, count % 250_000 == 0 {
        MemoryTrace.mark("merge part: \(count) terms")
      }
    }

    /// Writes what is staged (the buffers left empty); returns the entry count.
    func close() throws(IndexError) -> Int {
      try postings.write(staged.raw)
      try terms.write(entries.raw)
      if let offsets { try offsets.write(places.raw) }
      staged.removeAll(limit: 1 << 20)
      entries.removeAll(limit: 1 << 20)
      places.removeAll(limit: 1 << 20)
      return count
    }
  }

  /// The buffers of `ListOutput`: one merge thread's, reused from part to part, so that a merge
  /// split in many parts grows them once per thread.
  final class ListScratch: @unchecked Sendable {
    // One thread uses it at a time: no dynamic exclusivity check on the list writer, reached
    // several times per term.
    @exclusivity(unchecked) var list: BlockListWriter
    let entries = ScratchBuffer<UInt8>(capacity: 1 << 17)
    let staged = ScratchBuffer<UInt8>(capacity: 1 << 17)
    let places = ScratchBuffer<UInt8>(capacity: 1 << 16)

    /// `spillURL`: where the list writer spills the positions of a very long list.
    init(spillURL: URL) {
      list = BlockListWriter(spillURL: spillURL)
    }
  }

  /// A `.terms` entry: term, document frequency, postings offset and length, CRC-32.
  fileprivate static func encodeEntry(
    term: UnsafeRawBufferPointer, frequency: Int, start: Int, length: Int, crc: UInt32,
    into entry: ScratchBuffer<UInt8>
  ) {
    // One reservation (four varints of at most 10 bytes, the term, the CRC), then the bytes
    // written through one pointer.
    let first = entry.count
    entry.reserve(44 + term.count)
    var out = UnsafeMutableRawPointer(entry.base + first)
    RawVarint.write(term.count, at: &out)
    if let base = term.baseAddress, term.count > 0 {
      if term.count <= 16 {
        SmallCopy.copy(base, to: out, count: term.count)
      } else {
        out.copyMemory(from: base, byteCount: term.count)
      }
      out += term.count
    }
    RawVarint.write(frequency, at: &out)
    RawVarint.write(start, at: &out)
    RawVarint.write(length, at: &out)
    out.storeBytes(of: crc.littleEndian, as: UInt32.self)
    out += 4
    _ = entry.appendUninitialized(out - UnsafeMutableRawPointer(entry.base + first))
  }

  /// Copies a file (the entries' offsets) to the end of `output`.
  private func append(_ url: URL, to output: FileWriter) throws(IndexError) {
    let file = try MappedFile(url: url, name: url.lastPathComponent)
    var start = 0
    while start < file.bytes.count {
      let end = min(file.bytes.count, start + (1 << 20))
      try output.write(UnsafeRawBufferPointer(rebasing: file.bytes[start..<end]))
      file.releasePages(before: end)
      start = end
    }
  }

  /// Copies a part's `.terms` entries to `terms`, their postings offsets moved by `shift`, and
  /// their new offsets to `offsets`; the part's pages are released as they are read.
  private func appendEntries(
    _ url: URL, shift: UInt64, to terms: FileWriter, offsets: FileWriter
  ) throws(IndexError) {
    let file = try MappedFile(url: url, name: url.lastPathComponent)
    var reader = ByteReader(file.bytes)
    let entry = ScratchBuffer<UInt8>(capacity: 1 << 17)
    let places = ScratchBuffer<UInt8>(capacity: 1 << 17)
    while !reader.isAtEnd {
      let term = reader.slice(reader.varintInt())
      let frequency = reader.varintInt()
      let start = reader.varintInt() + Int(shift)
      let length = reader.varintInt()
      let crc = reader.u32()
      places.u64(terms.offset + UInt64(entry.count))
      RunMerger.encodeEntry(
        term: term, frequency: frequency, start: start, length: length, crc: crc, into: entry)
      if entry.count >= 1 << 16 || reader.isAtEnd {
        try terms.write(entry.raw)
        entry.removeAll()
        try offsets.write(places.raw)
        places.removeAll()
        file.releasePages(before: reader.offset)
      }
    }
  }

  /// The offset table (copied from `offsets`), then the entry count and the table's position.
  private func writeTable(
    _ offsets: FileWriter, count: Int, to terms: FileWriter
  ) throws(IndexError) {
    let tableStart = terms.offset
    _ = try offsets.finish(footer: false, sync: false)
    if count > 0 { try append(offsets.url, to: terms) }
    var tail = ByteBuffer(capacity: 16)
    tail.u64(UInt64(count))
    tail.u64(tableStart)
    try terms.write(tail.bytes)
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
