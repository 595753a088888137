/// Where a merge of sorted runs splits into parts of about equal work, merged at once.
///
/// The split terms are the terms found at equal byte fractions of the largest run (every run
/// holds ~20 000 documents of the same corpus, so their terms spread alike); a part's range in
/// each run starts at the run's first entry whose term is not smaller than the part's split term
/// and ends where the next part's starts. Parts are disjoint term ranges in term order, so
/// appending their outputs in order gives what one merge gives.
enum RunSplit {
  /// For each part, one byte range per run (all of each run when `parts` is 1).
  static func ranges(of files: [MappedFile], parts: Int) -> [[Range<Int>]] {
    let whole = [files.map { 0..<$0.bytes.count }]
    guard parts > 1, let largest = files.max(by: { $0.bytes.count < $1.bytes.count }) else {
      return whole
    }
    let splits = splitTerms(largest.bytes, parts: parts)
    largest.releasePages(before: largest.bytes.count)
    guard !splits.isEmpty else { return whole }
    let starts = files.map { file in
      var starts = [0]
      var reader = ByteReader(file.bytes)
      for split in splits {
        starts.append(firstEntry(notBefore: split, from: &reader))
      }
      starts.append(file.bytes.count)
      file.releasePages(before: reader.offset)
      return starts
    }
    return (0...splits.count).map { part in
      starts.map { $0[part]..<$0[part + 1] }
    }
  }

  /// The terms at byte fractions 1/parts, 2/parts… of a run, strictly increasing.
  private static func splitTerms(_ bytes: UnsafeRawBufferPointer, parts: Int) -> [[UInt8]] {
    var splits: [[UInt8]] = []
    var reader = ByteReader(bytes)
    var next = 1
    while !reader.isAtEnd, next < parts {
      let entryStart = reader.offset
      let term = reader.slice(reader.varintInt())
      _ = reader.varintInt()
      _ = reader.varintInt()
      reader.offset += reader.varintInt()
      guard entryStart >= bytes.count * next / parts else { continue }
      if let last = splits.last, !last.lexicographicallyPrecedes(term) { continue }
      splits.append(Array(term))
      next += 1
    }
    return splits
  }

  /// The offset of the first entry at or after `reader` whose term is not smaller than `split`
  /// (the run's end when there is none); `reader` is left there.
  private static func firstEntry(notBefore split: [UInt8], from reader: inout ByteReader) -> Int {
    while !reader.isAtEnd {
      let entryStart = reader.offset
      let term = reader.slice(reader.varintInt())
      let smaller = split.withUnsafeBytes { RunMerger.compare(term, $0) < 0 }
      guard smaller else {
        reader.offset = entryStart
        return entryStart
      }
      _ = reader.varintInt()
      _ = reader.varintInt()
      reader.offset += reader.varintInt()
    }
    return reader.bytes.count
  }
}
