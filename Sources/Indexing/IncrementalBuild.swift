import Corpus
import Foundation

/// An index run that reads only new and changed files: they go into one new segment, the
/// documents of changed and deleted files are marked deleted in the older segments (a new
/// deletions file for each segment touched), and the generation committed lists the older
/// segments and the new one; then `MergePolicy` may merge some of them (a second commit).
///
/// A file is unchanged when its size and modification time are those of its source entry, or
/// its size is and its content hash too (its entry, and so its time, stay as they were). It
/// returns nil, leaving the work to a full build, when a changed or deleted file shares an id
/// with a file kept (their record is a merge of both, see `DuplicateResolver`), when a new
/// document's id is live in a kept segment, or when no segment would remain.
struct IncrementalBuild {
  let builder: IndexBuilder
  let previous: PreviousGeneration

  /// What the walk gives, compared with the previous generation's source entries.
  struct Plan {
    var read: [CorpusFile] = []
    /// Entries of changed and deleted files.
    var deleted: [PreviousGeneration.Source] = []
    var unchangedFiles = 0
    /// Files the walk gave.
    var walked = 0
  }

  func plan(_ files: [CorpusFile]) -> Plan {
    var plan = Plan()
    // Files met twice are planned once: known paths are marked by their source's place, new
    // ones kept in a set (they are few).
    var walked = [Bool](repeating: false, count: previous.sources.count)
    var newPaths: Set<String> = []
    for file in files {
      guard let index = previous.sourceIndex(path: file.path) else {
        if newPaths.insert(file.path).inserted { plan.read.append(file) }
        continue
      }
      guard !walked[index] else { continue }
      walked[index] = true
      let source = previous.sources[index]
      if IncrementalBuild.isUnchanged(file, source) {
        plan.unchangedFiles += 1
      } else {
        plan.read.append(file)
        plan.deleted.append(source)
      }
    }
    var known = 0
    for (index, source) in previous.sources.enumerated() {
      if walked[index] { known += 1 } else { plan.deleted.append(source) }
    }
    plan.walked = known + newPaths.count
    return plan
  }

  static func isUnchanged(_ file: CorpusFile, _ source: PreviousGeneration.Source) -> Bool {
    guard file.size == source.size else { return false }
    if file.modificationTime == source.modificationTime { return true }
    guard let data = FileManager.default.contents(atPath: file.path) else { return false }
    return data.withUnsafeBytes { ContentHash.hex($0) } == source.entry.contentHash
  }

  /// Builds and commits; nil when a full build must do it (nothing is left behind then).
  func run(
    _ listing: CorpusListing, report start: BuildReport,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) -> BuildReport? {
    guard let reader = previous.reader else { return nil }
    // The checksums are checked on another thread, started with `previous`.
    let plan = plan(listing.files)
    if builder.prefetchFiles { IncrementalBuild.hint(plan.read) }
    let intact = previous.intactFiles
    guard let verified = intact.stamps else { return nil }
    guard !sharesIDs(plan) else { return nil }
    var report = start
    report.diagnostics = listing.diagnostics + report.diagnostics
    report.skipped = listing.diagnostics + report.skipped
    report.wasFullBuild = false
    report.segmentCount = reader.segments.count
    if plan.read.isEmpty && plan.deleted.isEmpty {
      report.unchanged = reader.documentCount
      report.totalDocuments = reader.documentCount
      report.generation = reader.manifest.generation
      // Files read whole to check them are stamped, so that the next build need not.
      if intact.checked > 0 { verified.write(in: builder.directory) }
      progress?(plan.walked, plan.walked)
      return report
    }
    let generation = IndexLayout.highestGeneration(in: builder.directory) + 1
    do throws(IndexError) {
      guard
        let manifest = try write(
          plan, reader: reader, generation: generation, report: &report, progress: progress)
      else {
        StaleFiles.removeFailed(generation: generation, in: builder.directory)
        return nil
      }
      try builder.commit(manifest)
      report.totalDocuments = manifest.documentCount
      report.generation = manifest.generation
      report.segmentCount = manifest.segments.count
    } catch {
      StaleFiles.removeFailed(generation: generation, in: builder.directory)
      throw error
    }
    merge(into: &report)
    stamp(keeping: verified)
    return report
  }

  /// Asks the kernel at once to read the files to read (the first 256 MB of them), on another
  /// thread: a cold cache then gets them all as requests in flight together, where the build's
  /// own hints go a chunk at a time.
  static func hint(_ files: [CorpusFile]) {
    var total = 0
    let first = files.prefix { file in
      total += file.size
      return total <= 256 << 20
    }
    guard !first.isEmpty else { return }
    let hinted = Array(first)
    DispatchQueue.global().async { FileBytes.prefetch(hinted) }
  }

  /// Stamps the files of the generation now committed: those of the previous one as checked,
  /// the others as just written (see `VerifiedStamps`).
  private func stamp(keeping verified: VerifiedStamps) {
    let directory = builder.directory
    guard let name = try? IndexLayout.currentManifestName(in: directory),
      let manifest = try? IndexLayout.readManifest(named: name, in: directory)
    else { return }
    VerifiedStamps.record(manifest, keeping: verified, in: directory)
  }

  /// Applies the merge policy. The generation is committed: a failed merge leaves it as it is,
  /// with a warning.
  private func merge(into report: inout BuildReport) {
    do {
      if let merged = try SegmentMerger(builder: builder).mergeIfNeeded() {
        report.generation = merged.generation
        report.segmentCount = merged.segments.count
      }
    } catch {
      report.diagnostics.append(
        Diagnostic(file: builder.directory.path, message: "segments not merged: \(error)"))
    }
  }

  /// Whether every file of the generation matches its checksum: a damaged one (a flipped byte in
  /// a stored record of an unchanged file, say) is left to a full build, which rewrites it.
  static func isIntact(_ reader: IndexReader) -> Bool { intactFiles(reader).stamps != nil }

  /// The stamps of every file of the generation, when each matches its checksum (nil when one
  /// does not), and how many files were read to check it: a file `VerifiedStamps` vouches for
  /// (not written since it was last known good) is not read again. `trusted`: the stamps read
  /// already, if they were.
  static func intactFiles(
    _ reader: IndexReader, trusted: VerifiedStamps? = nil
  ) -> (stamps: VerifiedStamps?, checked: Int) {
    let directory = reader.directory
    let trusted = trusted ?? VerifiedStamps.trusted(in: directory)
    let results = parallelMap(reader.manifest.files) { entry -> (Bool, Bool) in
      if trusted.vouches(for: entry.name, crc: entry.crc32) { return (true, false) }
      return (checksumMatches(entry, in: directory), true)
    }
    let checked = results.count { $0.1 }
    guard !results.contains(where: { !$0.0 }) else { return (nil, checked) }
    var stamps = VerifiedStamps()
    for entry in reader.manifest.files {
      if let value = trusted.stamps[entry.name] {
        stamps.keep(entry.name, value)
      } else {
        stamps.record(entry.name, crc: entry.crc32, in: directory)
      }
    }
    return (stamps, checked)
  }

  /// Whether the file of `entry` matches its checksum, read whole.
  private static func checksumMatches(_ entry: Manifest.FileEntry, in directory: URL) -> Bool {
    guard let file = try? SegmentReader.open(entry, in: directory),
      let footer = try? Footer.read(file.bytes, name: entry.name)
    else { return false }
    // Checked 8 MB at a time, each part's pages released once read: the check of a large
    // store does not leave it all resident.
    var crc = CRC32()
    var start = 0
    let end = Int(footer.payloadLength)
    while start < end {
      let stop = min(end, start + (8 << 20))
      crc.update(UnsafeRawBufferPointer(rebasing: file.bytes[start..<stop]))
      file.releasePages(before: stop)
      start = stop
    }
    return crc.value == footer.crc
  }

  /// Whether a changed or deleted file shares an id with a kept file. Only an id the
  /// generation holds more than once can (`previous.shared`): the entries are decoded then.
  private func sharesIDs(_ plan: Plan) -> Bool {
    let deleted = plan.deleted.map(\.entry)
    let candidates = Set(deleted.flatMap(\.ids)).filter(previous.shared.contains)
    guard !candidates.isEmpty else { return false }
    let deletedPaths = Set(deleted.map(\.path))
    return previous.sources.contains { source in
      let entry = source.entry
      return !deletedPaths.contains(entry.path) && entry.ids.contains(where: candidates.contains)
    }
  }

  /// Writes the new segment and the deletions files; returns the manifest to commit, or nil when
  /// a new document's id is live in a kept segment or no segment would remain.
  private func write(
    _ plan: Plan, reader: IndexReader, generation: Int, report: inout BuildReport,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) -> Manifest? {
    var deletions = SegmentDeletions(reader: reader)
    var before: [String: String] = [:]
    for source in plan.deleted {
      let entry = source.entry
      deletions.delete(source, ids: entry.ids)
      for (id, hash) in zip(entry.ids, entry.recordHashes) { before[id] = hash }
      for id in entry.ids where previous.shared.contains(id) {
        previous.storedHash(id).map { before[id] = $0 }
      }
    }
    var segments: [SegmentEntry] = []
    var files: [Manifest.FileEntry] = []
    if !plan.read.isEmpty {
      let writer = try builder.makeWriter(generation: generation)
      try builder.add(
        FileSource(plan.read), previous: previous, to: writer, report: &report, progress: nil)
      progress?(plan.read.count, plan.read.count)
      let hashes = try writer.recordHashes
      if hashes.keys.contains(where: deletions.isLiveElsewhere) { return nil }
      let (segment, entries) = try writer.finish()
      IncrementalBuild.count(before: before, after: hashes, into: &report)
      segments.append(segment)
      files = entries
    } else {
      IncrementalBuild.count(before: before, after: [:], into: &report)
    }
    let kept = try deletions.write(generation: generation, directory: builder.directory)
    report.unchanged += kept.segments.reduce(0) { $0 + $1.liveCount }
    segments = kept.segments + segments
    guard !segments.isEmpty else { return nil }
    return Manifest(
      generation: generation, segments: segments, files: kept.files + files,
      pipeline: builder.pipeline)
  }

  /// Added, updated, unchanged and dropped among the ids of the files read and deleted.
  private static func count(
    before: [String: String], after: [String: String], into report: inout BuildReport
  ) {
    for (id, hash) in after {
      switch before[id] {
      case nil: report.added += 1
      case hash: report.unchanged += 1
      default: report.updated += 1
      }
    }
    report.dropped += before.keys.filter { after[$0] == nil }.count
  }
}
