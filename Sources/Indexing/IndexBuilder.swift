import Corpus
import Extraction
import Foundation
import FrenchText

/// Builds a new generation of the index from the files under some paths and commits it
/// atomically, so that an interrupted build leaves the previous generation in place.
///
/// Incremental by default: when the committed generation was written by the same program, only
/// new and changed files (size, modification time, then content hash) are read, into a new
/// segment, and the documents of changed and deleted files are marked deleted in the older
/// segments (`IncrementalBuild`); `MergePolicy` keeps the segment count bounded. Otherwise (or
/// with `fullRebuild`) every file goes into one new segment, unchanged files reusing their
/// stored records.
///
/// Files are read, extracted and analysed in parallel, chunk by chunk (a file larger than one
/// document may be is streamed part by part); the inverted index is kept under a memory budget
/// (sorted runs are spilled and merged at the end). An id met twice is one record, its versions
/// merged (`DuplicateResolver`). The commit renames the fsynced files, writes
/// `manifest-<gen>.json`, then replaces `CURRENT`; files no longer named by the manifest are
/// removed afterwards. A failed build removes its own files; a starting build removes those a
/// killed one left.
public struct IndexBuilder: Sendable {
  /// A place where a test makes the build fail, to check that nothing is committed.
  package enum Fault: Sendable {
    case afterSegments
    case afterManifest
  }

  public let directory: URL
  public let analyzer: FrenchAnalyzer
  /// The in-memory postings size past which a sorted run is written out.
  package var memoryBudget = 64 << 20
  /// How the sorted runs are merged into the postings (in parts at once when large).
  package var merger = RunMerger()
  /// Files read in parallel at a time.
  package var chunkSize = 256
  /// Threads that prepare files (nil: `PreparePool.defaultWidth`, one more than the cores).
  package var threads: Int?
  /// Whether the next chunk's files are hinted to the kernel (`FileBytes.prefetch`) while the
  /// current one is prepared; `PARLINDEX_PREFETCH=0` turns it off (to measure it).
  package var prefetchFiles = ProcessInfo.processInfo.environment["PARLINDEX_PREFETCH"] != "0"
  /// Files larger than this are streamed part by part (`LargeFileReader`), not read whole.
  package var largeFileSize = DocumentLoader.defaultMaximumDocumentSize
  package var loader: @Sendable (CorpusFile, Data) -> LoadOutcome = { file, data in
    DocumentLoader().load(data: data, file: file)
  }
  package var fault: Fault?
  /// Whether unchanged files (same size and modification time) reuse their stored records.
  package var reuseUnchangedFiles = true
  /// Stamps the records' producer; records are reused only from the same pipeline.
  package var pipeline = PreviousGeneration.currentPipeline
  /// Whether to index every file into one new segment even when an incremental build could
  /// read only the changed ones (`index --full`).
  public var fullRebuild = false
  /// The merge policy applied after an incremental build.
  package var mergePolicy = MergePolicy()

  public init(directory: URL, analyzer: FrenchAnalyzer = FrenchAnalyzer()) {
    self.directory = directory
    self.analyzer = analyzer
  }

  /// Reads everything under `paths` and commits a new generation; `progress` gets (files done,
  /// files in all).
  public func build(
    paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(IndexError) -> BuildReport {
    let start = Date()
    MemoryTrace.mark("build starts")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .io(path: directory.path, message: "cannot create the index folder")
    }
    let lock = try WriteLock(directory: directory)
    defer { lock.release() }
    StaleFiles.removeAtStart(in: directory)
    let reusePipeline = reuseUnchangedFiles ? pipeline : nil
    // A build that may be incremental walks the corpus on another thread while the previous
    // generation's entries are decoded (and its checksums checked on a third).
    let committed = fullRebuild ? nil : IndexBuilder.committedPipeline(in: directory)
    let mayBeIncremental = committed != nil && committed == reusePipeline
    let listing = mayBeIncremental ? BackgroundTask { CorpusListing(walking: paths) } : nil
    let previous = PreviousGeneration(
      directory: directory, pipeline: reusePipeline, checkingInBackground: mayBeIncremental)
    // A full build takes the files from the walk as they are read: no list of every file is
    // held. Only a build that draws progress walks a first time, to count them.
    var report = BuildReport()
    if let listing, previous.reusable,
      let incremental = try IncrementalBuild(builder: self, previous: previous).run(
        listing.value, report: report, progress: progress)
    {
      report = incremental
    } else {
      let total = progress == nil ? 0 : CorpusWalker().count(under: paths)
      let walk = CorpusWalker().walk(paths)
      try fullBuild(
        FileSource(walk: walk, total: total), previous: previous, report: &report,
        progress: progress)
    }
    report.elapsedSeconds = Date().timeIntervalSince(start)
    return report
  }

  /// The pipeline of the generation `CURRENT` names (nil when there is none or it is unreadable).
  static func committedPipeline(in directory: URL) -> String? {
    guard let name = try? IndexLayout.currentManifestName(in: directory) else { return nil }
    return (try? IndexLayout.readManifest(named: name, in: directory))?.pipeline
  }

  /// Writes every file into one new segment and commits a generation of that segment alone.
  private func fullBuild(
    _ files: FileSource, previous: PreviousGeneration, report: inout BuildReport,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) {
    let generation = IndexLayout.highestGeneration(in: directory) + 1
    do throws(IndexError) {
      let writer = try makeWriter(generation: generation)
      try add(files, previous: previous, to: writer, report: &report, progress: progress)
      try compare(previous: previous.recordHashes(), current: writer, into: &report)
      let (segment, entries) = try writer.finish()
      let manifest = Manifest(
        generation: generation, segments: [segment], files: entries, pipeline: pipeline)
      try commit(manifest)
      VerifiedStamps.record(manifest, in: directory)
      report.totalDocuments = manifest.documentCount
      report.generation = manifest.generation
      report.segmentCount = 1
      report.wasFullBuild = true
    } catch {
      StaleFiles.removeFailed(generation: generation, in: directory)
      throw error
    }
  }

  func makeWriter(generation: Int) throws(IndexError) -> SegmentWriter {
    let writer = try SegmentWriter(
      directory: directory, generation: generation, memoryBudget: memoryBudget,
      pipeline: pipeline)
    writer.analyzer = analyzer
    writer.merger = merger
    return writer
  }

  /// Prepares the files on all cores and hands them to `writer` in order: small files chunk by
  /// chunk on the pool's threads (`PreparePool`, while the calling thread walks the next chunk),
  /// a file larger than `largeFileSize` part by part as it is streamed.
  func add(
    _ files: FileSource, previous: PreviousGeneration, to writer: SegmentWriter,
    report: inout BuildReport, progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) {
    let analyzer = analyzer
    let loader = loader
    let stage = WriteStage(writer: writer, report: report)
    let pool = PreparePool(width: threads ?? PreparePool.defaultWidth)
    defer { pool.close() }
    var done = 0
    var filesRead = report.filesRead
    let walk = ChunkWalk(files: files, chunkSize: max(1, chunkSize), largeFileSize: largeFileSize)
    // The next chunk's files are hinted to the kernel on a queue of their own while the current
    // one is prepared (a cold corpus is then read many files at a time); not those whose stored
    // records will be reused, which are not read.
    let prefetch = prefetchFiles ? DispatchQueue(label: "parlindex.prefetch") : nil
    func hint(_ chunk: ChunkWalk.Chunk) {
      guard let prefetch else { return }
      let toRead = chunk.small.filter { !previous.looksUnchanged($0) }
      guard !toRead.isEmpty else { return }
      prefetch.async { FileBytes.prefetch(toRead) }
    }
    var next = walk.nextChunk()
    hint(next)
    while !next.isEmpty {
      let current = next
      if current.small.isEmpty {
        next = walk.nextChunk()
        hint(next)
      } else {
        let prepared = pool.map(
          current.small,
          meanwhile: {
            next = walk.nextChunk()
            hint(next)
          }
        ) {
          file -> (PreparedFile, Bool) in
          if let reused = previous.reuse(file, analyzer: analyzer) { return (reused, false) }
          return (IndexBuilder.prepare(file, analyzer, loader), true)
        }
        filesRead += prepared.reduce(0) { $0 + ($1.1 ? 1 : 0) }
        done += current.small.count
        let reached = done
        let total = max(files.total, done)
        try stage.submit(Self.firsts(moving: prepared)) { progress?(reached, total) }
      }
      if let file = current.large {
        var reader = LargeFileReader(analyzer: analyzer)
        reader.loader.maximumDocumentSize = largeFileSize
        try reader.read(file) { parts throws(IndexError) in
          try stage.submit(parts) {}
        }
        filesRead += 1
        done += 1
        progress?(done, max(files.total, done))
      }
    }
    report = try stage.finish()
    report.filesRead = filesRead
    report.diagnostics = files.diagnostics + report.diagnostics
    report.skipped = files.diagnostics + report.skipped
  }

  /// The prepared files of `pairs`, in order, moved out of their pairs (`map(\.0)` copied each
  /// file, a retain of each of its strings and arrays, then destroyed the pairs).
  static func firsts(moving pairs: consuming [(PreparedFile, Bool)]) -> [PreparedFile] {
    var files: [PreparedFile] = []
    files.reserveCapacity(pairs.count)
    pairs.reverse()
    while let (file, _) = pairs.popLast() { files.append(file) }
    return files
  }

  /// Loads, extracts and analyses one file (runs on any core).
  package static func prepare(
    _ file: CorpusFile, _ analyzer: FrenchAnalyzer,
    _ loader: @Sendable (CorpusFile, Data) -> LoadOutcome
  ) -> PreparedFile {
    let read = FileBytes.withData(file) { data in
      (data.withUnsafeBytes { ContentHash.hex($0) }, loader(file, data))
    }
    guard case (let hash, var outcome)? = read else {
      return PreparedFile(
        file: file, contentHash: "", documents: [],
        diagnostics: [Diagnostic(severity: .error, file: file.path, message: "cannot read file")])
    }
    return PreparedFile(
      file: file, contentHash: hash, documents: prepare(moving: &outcome.documents, analyzer),
      diagnostics: outcome.diagnostics)
  }

  /// The prepared form of each of `loaded`, in order, which is left empty: each document is
  /// moved into its record (a copy of it, with its twenty-odd strings and arrays, was retained
  /// into the record, then released twice: with the record and with the loader's outcome).
  static func prepare(
    moving loaded: inout [Document], _ analyzer: FrenchAnalyzer
  ) -> [PreparedDocument] {
    var documents: [PreparedDocument] = []
    documents.reserveCapacity(loaded.count)
    let extractor = RecordExtractor()
    // Reversed in place (by moves), then popped: each pop moves a document out in order.
    loaded.reverse()
    while let document = loaded.popLast() {
      documents.append(
        PreparedDocument(record: extractor.record(moving: document), analyzer: analyzer))
    }
    return documents
  }

  func commit(_ manifest: Manifest) throws(IndexError) {
    if fault == .afterSegments { throw .io(path: "build", message: "fault injected") }
    let name = Manifest.name(generation: manifest.generation)
    guard let data = manifest.encoded() else {
      throw .io(path: name, message: "cannot encode the manifest")
    }
    let temporary = directory.appendingPathComponent(name + ".tmp")
    try FileWriter.write(Array(data), to: temporary, footer: false)
    try IndexLayout.rename(temporary, to: directory.appendingPathComponent(name))
    try IndexLayout.syncDirectory(directory)
    if fault == .afterManifest { throw .io(path: "build", message: "fault injected") }
    try IndexLayout.publish(manifest: name, in: directory)
    IndexLayout.collectGarbage(in: directory, keeping: manifest)
  }

  /// Added, updated, unchanged and dropped, from the previous generation's record hashes and
  /// the writer's (read back from its files: no map of every id is built).
  private func compare(
    previous before: [String: String], current writer: SegmentWriter,
    into report: inout BuildReport
  ) throws(IndexError) {
    guard !before.isEmpty else {
      report.added += writer.liveCount
      return
    }
    var matched = 0
    try writer.forEachLive { id, hash in
      switch before[id] {
      case nil: report.added += 1
      case ContentHash.hex(hash):
        report.unchanged += 1
        matched += 1
      default:
        report.updated += 1
        matched += 1
      }
    }
    report.dropped = before.count - matched
  }
}
