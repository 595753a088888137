/// Lexing into an array the caller keeps from sentence to sentence (`RecordExtractor` keeps one
/// per document): the tokens are written straight into its storage, with no scratch buffer, no
/// copy and no allocation once its capacity suffices, and the tables are read from the globals
/// once per document (`Lexer.Tables`), not at each sentence.
extension Lexer {
  /// The tables `lex(_:into:with:)` reads: the class table and the cue table's probe. The cue
  /// table is a global that is never freed, so its probe stays valid.
  struct Tables {
    let classes: LexerTables
    let probe: CueTable.Probe

    /// The global tables, with the cues (`TokenCues.byteTable`).
    init() {
      classes = LexerTables.shared
      probe = TokenCues.byteTable.probe
    }
  }

  /// Replaces `tokens` with the tokens of `text` (cues looked up, small strings where
  /// available) and returns their `SentenceCues`: the tokens of `lex(text, cues: true)`. When
  /// `tokens` is the only reference to its buffer and its capacity holds a token per byte of
  /// `text`, nothing is allocated.
  static func lex(_ text: String, into tokens: inout [TextToken], with tables: Tables)
    -> SentenceCues
  {
    if let cues = text.utf8.withContiguousStorageIfAvailable({
      lex($0, into: &tokens, with: tables)
    }) {
      return cues
    }
    var text = text
    return text.withUTF8 { lex($0, into: &tokens, with: tables) }
  }

  /// `lex(_:into:with:)` of a sentence's UTF-8 bytes.
  static func lex(
    _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [TextToken], with tables: Tables
  ) -> SentenceCues {
    tokens.removeAll(keepingCapacity: true)
    guard !bytes.isEmpty else { return SentenceCues() }
    // Room for a token per byte; grown geometrically, so that a document's longer sentences
    // do not reallocate it one after the other.
    if tokens.capacity < bytes.count {
      tokens.reserveCapacity(Swift.max(bytes.count, 2 * tokens.capacity, 64))
    }
    var summary = SentenceCues()
    withUnsafeMutablePointer(to: &summary) { summary in
      tokens.append(
        contentsOf: LexedTokens(
          builder: TokenBuilder(bytes: bytes, tables: tables.classes, probe: tables.probe),
          summary: summary))
    }
    return summary
  }
}

/// The tokens of one sentence as a sequence whose `_copyContents(initializing:)` runs the
/// lexer straight into the room it is given: `Array.append(contentsOf:)` hands it the array's
/// free capacity, which must hold a token per byte (`Lexer.lex(_:into:with:)` reserves it).
/// Iterated on its own, it lexes into an array of its own.
struct LexedTokens: Sequence {
  let builder: TokenBuilder
  /// Where the sentence's `SentenceCues` are written once the tokens are made.
  let summary: UnsafeMutablePointer<SentenceCues>

  /// Tokens made into an array of their own (not the path `append(contentsOf:)` takes).
  func makeIterator() -> IndexingIterator<[TextToken]> {
    var builder = builder
    let count = builder.bytes.count
    let tokens = [TextToken](unsafeUninitializedCapacity: Swift.max(count, 1)) {
      buffer, made in
      made = count == 0 ? 0 : builder.run(into: buffer.baseAddress!)
    }
    summary.pointee = builder.summary
    return tokens.makeIterator()
  }

  /// Runs the lexer into `buffer` (room for a token per byte) and returns an empty iterator
  /// and the number of tokens written.
  func _copyContents(initializing buffer: UnsafeMutableBufferPointer<TextToken>) -> (
    IndexingIterator<[TextToken]>, Int
  ) {
    var builder = builder
    precondition(
      buffer.count >= builder.bytes.count, "no room for a token per byte of the sentence")
    let made = builder.bytes.isEmpty ? 0 : builder.run(into: buffer.baseAddress!)
    summary.pointee = builder.summary
    return ([TextToken]().makeIterator(), made)
  }
}
