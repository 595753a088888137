/// The chunks of a file being read: the first (already read, to detect the format), then the
/// rest as `more` gives them (nil at the end).
struct ChunkSource {
  let first: [UInt8]
  private var pending: [UInt8]?
  private let more: () -> [UInt8]?

  init(first: [UInt8], more: @escaping () -> [UInt8]?) {
    self.first = first
    pending = first
    self.more = more
  }

  /// The next chunk, `first` included, or nil at the end.
  mutating func next() -> [UInt8]? {
    if let chunk = pending {
      pending = nil
      return chunk
    }
    return more()
  }
}
