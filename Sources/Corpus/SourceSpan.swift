/// Where a piece of text comes from: the file, its 1-based line, and the UTF-8 byte range in the
/// original file, so every sentence, hit and figure maps back to what the document says.
public struct SourceSpan: Sendable, Hashable, Codable {
  /// The file's path as given to `index` (or as read by `extract`).
  public var file: String
  /// 1-based line of the first byte of the span in the original file.
  public var line: Int
  /// UTF-8 byte offsets in the original file.
  public var byteRange: Range<Int>

  public init(file: String, line: Int, byteRange: Range<Int>) {
    self.file = file
    self.line = line
    self.byteRange = byteRange
  }
}
