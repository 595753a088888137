/// A built-in reader that also recognises and reads a file's bytes (valid UTF-8, as
/// `ContentCheck` leaves them) without a `String` of the whole file: the loader then decodes
/// nothing that the reader turns back into bytes. Each answers exactly as its `String` form
/// does on the text of those bytes.
protocol ByteDocumentReader: DocumentReader {
  /// `recognizes(_:)` on the text whose UTF-8 bytes are `bytes`.
  func recognizes(bytes: [UInt8]) -> Bool
  /// `read(_:file:)` on the text whose UTF-8 bytes are `bytes`.
  func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome
}

extension ANOpenDataJSONReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(utf8: bytes) }
}

extension ANOpenDataXMLReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(bytes: bytes.prefix(4096)) }
}

extension SenatCSVReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(scanning: bytes) }
}

extension ANMarkdownReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(utf8: bytes) }
}

extension SenatPDFTextReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(utf8: bytes) }
}

extension SenatPageReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { Self.recognizes(utf8: bytes) }
}

extension AnnouncementReader: ByteDocumentReader {
  func recognizes(bytes: [UInt8]) -> Bool { true }
}
