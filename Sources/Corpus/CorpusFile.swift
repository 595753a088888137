/// A file found under one of the paths given to `index`, before it is read.
public struct CorpusFile: Sendable, Hashable, Codable {
  /// The path as the user would write it (the given root joined with the relative path).
  public var path: String
  /// The path relative to the folder given to `index` (the file name when a file was given);
  /// the id of a document that has no question number.
  public var relativePath: String
  /// Size in bytes and modification time (seconds since 1970), to detect changed files.
  public var size: Int
  public var modificationTime: Double

  public init(path: String, relativePath: String, size: Int, modificationTime: Double) {
    self.path = path
    self.relativePath = relativePath
    self.size = size
    self.modificationTime = modificationTime
  }
}

/// What reading one file gave: zero or more documents, and the problems met.
public struct LoadOutcome: Sendable, Equatable {
  public var documents: [Document]
  public var diagnostics: [Diagnostic]

  public init(documents: [Document] = [], diagnostics: [Diagnostic] = []) {
    self.documents = documents
    self.diagnostics = diagnostics
  }
}
