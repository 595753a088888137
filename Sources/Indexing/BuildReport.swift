import Corpus

/// What one `index` run did, compared with the previous generation.
public struct BuildReport: Sendable, Equatable {
  /// Documents read from the corpus in this run (duplicates included).
  public var documentsRead: Int
  /// Ids absent from the previous generation.
  public var added: Int
  /// Ids present before whose record changed.
  public var updated: Int
  /// Ids of the previous generation that are gone.
  public var dropped: Int
  /// Ids present before with the same record.
  public var unchanged: Int
  /// Every problem met (unreadable files, duplicate ids), each naming its file.
  public var diagnostics: [Diagnostic]
  /// The problems of files that gave no document (the "skipped" of the summary).
  public var skipped: [Diagnostic]
  /// Documents in the new generation.
  public var totalDocuments: Int
  public var elapsedSeconds: Double
  /// The generation committed (the previous one when nothing changed).
  public var generation: Int
  /// Source files read (extracted) in this run; unchanged files are not read.
  public var filesRead: Int
  /// Segments of the committed generation.
  public var segmentCount: Int
  /// Whether every file was indexed again (`--full`, no usable previous generation, or a case
  /// the incremental build leaves to a full one); false when only changed files were read.
  public var wasFullBuild: Bool

  public init(
    documentsRead: Int = 0, added: Int = 0, updated: Int = 0, dropped: Int = 0,
    unchanged: Int = 0, diagnostics: [Diagnostic] = [], skipped: [Diagnostic] = [],
    totalDocuments: Int = 0,
    elapsedSeconds: Double = 0, generation: Int = 0, filesRead: Int = 0, segmentCount: Int = 0,
    wasFullBuild: Bool = true
  ) {
    self.documentsRead = documentsRead
    self.added = added
    self.updated = updated
    self.dropped = dropped
    self.unchanged = unchanged
    self.diagnostics = diagnostics
    self.skipped = skipped
    self.totalDocuments = totalDocuments
    self.elapsedSeconds = elapsedSeconds
    self.generation = generation
    self.filesRead = filesRead
    self.segmentCount = segmentCount
    self.wasFullBuild = wasFullBuild
  }
}
