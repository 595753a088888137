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
  /// The generation committed.
  public var generation: Int

  public init(
    documentsRead: Int = 0, added: Int = 0, updated: Int = 0, dropped: Int = 0,
    unchanged: Int = 0, diagnostics: [Diagnostic] = [], skipped: [Diagnostic] = [],
    totalDocuments: Int = 0,
    elapsedSeconds: Double = 0, generation: Int = 0
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
  }
}
