/// What went wrong with an index, naming the file concerned.
public enum IndexError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A file the index needs is absent.
  case missing(path: String)
  /// A file is damaged: truncated, extended, altered, or unreadable as expected.
  case corrupted(file: String, reason: String)
  /// A file was written by another format version.
  case incompatibleFormat(file: String, found: Int, supported: Int)
  /// Another live process holds the writer lock.
  case locked(pid: Int32)
  /// The operating system refused a read or a write.
  case io(path: String, message: String)

  public var description: String {
    switch self {
    case .missing(let path): return "\(path): missing index file"
    case .corrupted(let file, let reason): return "\(file): corrupted index file: \(reason)"
    case .incompatibleFormat(let file, let found, let supported):
      return "\(file): index format version \(found), this program reads version \(supported);"
        + " rebuild it with `parlindex index`"
    case .locked(let pid):
      return "write.lock: the index is being written by process \(pid)"
    case .io(let path, let message): return "\(path): \(message)"
    }
  }
}
