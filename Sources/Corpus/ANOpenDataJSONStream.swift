/// A JSON bulk file (the 14th legislature's questions in one document) read record by record.
extension ANOpenDataJSONReader {
  /// Reads the chunks given by `nextChunk` (nil at the end), calling `body` with each record's
  /// documents as soon as the record is read, and last with the file's diagnostics if any. Only
  /// one record is in memory at a time; spans and lines point into the whole file. A record
  /// larger than `maximumRecordSize` bytes stops the reading, with a diagnostic.
  public func stream(
    file: CorpusFile, maximumRecordSize: Int = .max, nextChunk: () -> [UInt8]?,
    body: (LoadOutcome) -> Void
  ) {
    var splitter = JSONRecordStream()
    splitter.maximumRecordSize = maximumRecordSize
    var count = 0
    splitter.read(nextChunk: nextChunk) { slice in
      count += 1
      body(outcome(of: slice, file: file))
    }
    var message: String?
    if let problem = splitter.problem {
      message = "skipped: " + problem + (count > 0 ? " after \(count) record(s)" : "")
    } else if count == 0 {
      message = "skipped: JSON too large for one document and holds no list of question records"
    }
    if let message {
      body(LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: message)]))
    }
  }

  private func outcome(of slice: JSONRecordSlice, file: CorpusFile) -> LoadOutcome {
    var parser = JSONParser(bytes: slice.bytes, baseOffset: slice.offset)
    guard ContentCheck.firstInvalidUTF8Offset(slice.bytes) == nil,
      let tape = try? parser.parseTape()
    else {
      return LoadOutcome(diagnostics: [
        Diagnostic(file: file.path, line: slice.firstLine, message: "skipped: invalid JSON record")
      ])
    }
    let records =
      slice.isBareRecord
      ? JSONFields(tape: tape, node: 0).map { [$0] } ?? []
      : Self.questionRecords(in: tape, at: 0, depth: 1)
    let source = SourceText(
      window: slice.bytes, offset: slice.offset, firstLine: slice.firstLine, path: file.path)
    let reader = ANRecordReader(source: source, format: format)
    var pool = LiteralPool(literals: parser.literals)
    return outcome(of: records, reader: reader, pool: &pool, file: file, line: slice.firstLine)
  }
}
