/// Scans the UTF-8 bytes of a text into tokens (see `FrenchAnalyzer` for the rules).
///
/// Works on bytes and scalar values with reused buffers: no `Character`, no Foundation, and no
/// `String`: the folded terms go to one byte buffer (`TermBuffer`).
struct Tokenizer {
  /// A word between connectors: its bytes in the input (after any elided article) and its
  /// folded form in `scratch`.
  struct Piece {
    var start: Int
    var end: Int
    var foldStart: Int
    var foldEnd: Int
    var hasLetter = false
    var hasDigit = false
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int
  let foldPlurals: Bool
  /// Whether plain words go through `scanSimpleWord` (false: the general path only, the tests'
  /// reference).
  let fastPath: Bool
  let fold = FoldTable.shared
  private var scratch: [UInt8] = []
  private var pieces: [Piece] = []
  /// The terms of the pieces of the group being emitted, in `output.bytes`.
  private var partTerms: [Range<Int>] = []
  var output = TermBuffer()
  var position = 0

  /// A tokenizer writing into `buffer`'s storage (emptied, its capacity kept); `run()` gives it
  /// back filled.
  init(
    bytes: UnsafeBufferPointer<UInt8>, foldPlurals: Bool, fastPath: Bool = true,
    reusing buffer: inout TermBuffer
  ) {
    self.bytes = bytes
    self.count = bytes.count
    self.foldPlurals = foldPlurals
    self.fastPath = fastPath
    swap(&output, &buffer)
    output.removeAll(reservingCapacity: bytes.count)
    swap(&scratch, &output.scratch)
    swap(&pieces, &output.pieces)
    swap(&partTerms, &output.partTerms)
    scratch.removeAll(keepingCapacity: true)
  }

  /// Every token of the text, in order, into `buffer` (the one given to `init`).
  mutating func run(into buffer: inout TermBuffer) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.wordCapacity) { word in
      scanAll(folded: word.baseAddress!)
    }
    swap(&scratch, &output.scratch)
    swap(&pieces, &output.pieces)
    swap(&partTerms, &output.partTerms)
    swap(&output, &buffer)
  }

  /// Reads the text, plain words by `scanSimpleWord` (folded into `folded`), other groups by
  /// `scanGroup`.
  private mutating func scanAll(folded: UnsafeMutablePointer<UInt8>) {
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
          let simple = fastPath ? scanSimpleWord(at: index, folded: folded) : nil
          index = simple ?? scanGroup(at: index)
        } else {
          index += 1
        }
        continue
      }
      let (value, length) = decode(index)
      if CharacterClass.of(value).startsWord {
        let latin = fastPath && byte >= 0xC3 && byte <= 0xC5
        index = (latin ? scanSimpleWord(at: index, folded: folded) : nil) ?? scanGroup(at: index)
      } else {
        index += length
      }
    }
  }

  // MARK: Scanning

  /// A legal reference, or words joined by hyphens; returns the end of what was read.
  private mutating func scanGroup(at start: Int) -> Int {
    if let end = scanReference(at: start) { return end }
    let first = scanPiece(at: start)
    guard var next = pieceAfterHyphen(at: first.end) else {
      append(termOf(first), first.start..<first.end)
      resetScratch()
      return first.end
    }
    pieces.removeAll(keepingCapacity: true)
    pieces.append(first)
    while true {
      let piece = scanPiece(at: next)
      pieces.append(piece)
      guard let after = pieceAfterHyphen(at: piece.end) else { break }
      next = after
    }
    emitGroup()
    resetScratch()
    return pieces[pieces.count - 1].end
  }

  /// If a hyphen at `index` is followed by a word, where that word starts.
  private func pieceAfterHyphen(at index: Int) -> Int? {
    guard index < count else { return nil }
    let (value, length) = decode(index)
    guard CharacterClass.of(value) == .hyphen, index + length < count,
      CharacterClass.of(decode(index + length).value).startsWord
    else { return nil }
    return index + length
  }

  /// Forgets folded bytes no longer needed (rarely: pieces only ever read their own bytes).
  private mutating func resetScratch() {
    if scratch.count > 4096 { scratch.removeAll(keepingCapacity: true) }
  }

  /// One word: elided article dropped (l'accord), inner apostrophes kept in the word
  /// (aujourd'hui → aujourdhui), digit groups and decimal commas joined (150 000, 4,5).
  private mutating func scanPiece(at start: Int) -> Piece {
    var piece = Piece(start: start, end: start, foldStart: scratch.count, foldEnd: 0)
    var runStart = start
    var canElide = true
    while true {
      let end = scanRun(from: runStart, into: &piece)
      if let next = wordAfterApostrophe(at: end) {
        if canElide && ElisionForms.contains(scratch[piece.foldStart...]) {
          scratch.removeSubrange(piece.foldStart...)
          piece = Piece(start: next.index, end: next.index, foldStart: piece.foldStart, foldEnd: 0)
          runStart = next.index
          canElide = false
          continue
        }
        if next.kind == .letter && piece.hasLetter {
          runStart = next.index
          canElide = false
          continue
        }
      }
      piece.end = end
      break
    }
    if piece.hasDigit && !piece.hasLetter { piece.end = joinNumber(piece) }
    piece.foldEnd = scratch.count
    return piece
  }

  /// If an apostrophe is at `index`, the class and offset of the scalar after it.
  private func wordAfterApostrophe(at index: Int) -> (kind: CharacterClass, index: Int)? {
    guard index < count else { return nil }
    let (value, length) = decode(index)
    guard CharacterClass.of(value) == .apostrophe, index + length < count else { return nil }
    let kind = CharacterClass.of(decode(index + length).value)
    return kind.startsWord ? (kind, index + length) : nil
  }

  /// Appends the folded word characters from `start`; returns the end of the run.
  private mutating func scanRun(from start: Int, into piece: inout Piece) -> Int {
    var index = start
    while index < count {
      let (value, length) = decode(index)
      let kind = CharacterClass.of(value)
      guard kind.isWordCharacter else { break }
      if kind == .letter {
        piece.hasLetter = true
      } else if kind == .digit {
        piece.hasDigit = true
      }
      fold.append(value, to: &scratch)
      index += length
    }
    return index
  }

  /// Extends a number: groups of exactly 3 digits after a head of 1–3 digits, separated by a
  /// space, U+00A0, U+202F or a dot (1 200 000, 1.200.000); then a decimal comma (4,5).
  private mutating func joinNumber(_ piece: Piece) -> Int {
    var end = piece.end
    if scratch.count - piece.foldStart <= 3 {
      while end < count {
        let (value, length) = decode(end)
        guard CharacterClass.of(value) == .groupSpace || value == 0x2E else { break }
        let digits = end + length
        guard digits + 3 <= count, isDigit(digits), isDigit(digits + 1), isDigit(digits + 2)
        else { break }
        if digits + 3 < count, CharacterClass.of(decode(digits + 3).value).isWordCharacter {
          break
        }
        scratch.append(contentsOf: bytes[digits..<digits + 3])
        end = digits + 3
      }
    }
    if end + 1 < count, bytes[end] == UInt8(ascii: ","), isDigit(end + 1) {
      scratch.append(UInt8(ascii: ","))
      end += 1
      while end < count, isDigit(end) {
        scratch.append(bytes[end])
        end += 1
      }
    }
    return end
  }
}

// MARK: - Legal references, emission, decoding

extension Tokenizer {
  /// `L. 314-6`, `R.4127-1`, `D. 312-1`, `L314-6`: the letter, one joined token `l314-6`, and
  /// the number as a compound (`314`, `314-6`, `6`). Needs at least one hyphen.
  fileprivate mutating func scanReference(at start: Int) -> Int? {
    let letter = bytes[start]
    guard letter == UInt8(ascii: "L") || letter == UInt8(ascii: "R") || letter == UInt8(ascii: "D")
    else { return nil }
    var index = start + 1
    if index < count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      for _ in 0..<2 where index < count {
        let (value, length) = decode(index)
        guard CharacterClass.of(value) == .groupSpace else { break }
        index += length
      }
    }
    guard index < count, isDigit(index) else { return nil }
    let end = scanHyphenatedDigits(from: index)
    let followedByWord = end < count && CharacterClass.of(decode(end).value).isWordCharacter
    guard pieces.count >= 2, !followedByWord else {
      return nil
    }
    let first = position
    let letterTerm = output.bytes.count..<output.bytes.count + 1
    output.bytes.append(letter | 0x20)
    append(letterTerm, start..<start + 1)
    partTerms.removeAll(keepingCapacity: true)
    for piece in pieces { partTerms.append(termOf(piece)) }
    let number = joinedTerm(of: partTerms)
    let referenceStart = output.bytes.count
    output.bytes.append(letter | 0x20)
    for index in number { output.bytes.append(output.bytes[index]) }
    appendJoined(referenceStart..<output.bytes.count, first, start..<end)
    emitGroup()
    resetScratch()
    return end
  }

  /// Reads `314-6-1` into `pieces`; returns its end.
  private mutating func scanHyphenatedDigits(from start: Int) -> Int {
    pieces.removeAll(keepingCapacity: true)
    var index = start
    while true {
      let runStart = index
      let foldStart = scratch.count
      while index < count, isDigit(index) {
        scratch.append(bytes[index])
        index += 1
      }
      pieces.append(
        Piece(
          start: runStart, end: index, foldStart: foldStart, foldEnd: scratch.count,
          hasDigit: true))
      guard index < count else { break }
      let (value, length) = decode(index)
      guard CharacterClass.of(value) == .hyphen, index + length < count, isDigit(index + length)
      else { break }
      index += length
    }
    return index
  }

  /// Emits the pieces: one token each, plus the joined form at the first part's position.
  fileprivate mutating func emitGroup() {
    guard let firstPiece = pieces.first, let lastPiece = pieces.last else { return }
    partTerms.removeAll(keepingCapacity: true)
    for piece in pieces { partTerms.append(termOf(piece)) }
    let first = position
    append(partTerms[0], firstPiece.start..<firstPiece.end)
    guard pieces.count > 1 else { return }
    appendJoined(joinedTerm(of: partTerms), first, firstPiece.start..<lastPiece.end)
    for index in 1..<pieces.count {
      append(partTerms[index], pieces[index].start..<pieces[index].end)
    }
  }

  /// Parts concatenated ("medico" + "social"), with a hyphen kept between two numbers
  /// ("314-6", "2024-03-15") so that they never read as another number.
  /// Appends to the term bytes, and returns where it is, the parts' terms one after the other.
  private mutating func joinedTerm(of parts: [Range<Int>]) -> Range<Int> {
    let start = output.bytes.count
    for part in parts {
      if output.bytes.count > start, part.count > 0,
        (0x30...0x39).contains(output.bytes[output.bytes.count - 1]),
        (0x30...0x39).contains(output.bytes[part.lowerBound])
      {
        output.bytes.append(UInt8(ascii: "-"))
      }
      for index in part { output.bytes.append(output.bytes[index]) }
    }
    return start..<output.bytes.count
  }

  /// Appends a piece's term (plural-folded when it is a word of letters) to the term bytes, and
  /// returns where it is.
  private mutating func termOf(_ piece: Piece) -> Range<Int> {
    let start = output.bytes.count
    let folded = scratch[piece.foldStart..<piece.foldEnd]
    if foldPlurals && piece.hasLetter && !piece.hasDigit {
      PluralFolder.fold(folded, into: &output.bytes)
    } else {
      output.bytes.append(contentsOf: folded)
    }
    return start..<output.bytes.count
  }

  /// A token at the next position.
  mutating func append(_ term: Range<Int>, _ range: Range<Int>) {
    appendSlot(term, position, range, isJoined: false)
    position += 1
  }

  /// A joined token, at the position of its first part.
  private mutating func appendJoined(_ term: Range<Int>, _ at: Int, _ range: Range<Int>) {
    appendSlot(term, at, range, isJoined: true)
  }

  @inline(__always)
  mutating func appendSlot(
    _ term: Range<Int>, _ at: Int, _ range: Range<Int>, isJoined: Bool
  ) {
    output.slots.append(
      TermBuffer.Slot(
        termStart: Int32(term.lowerBound), termEnd: Int32(term.upperBound), position: Int32(at),
        rangeStart: Int32(range.lowerBound), rangeEnd: Int32(range.upperBound),
        isJoined: isJoined))
  }

  @inline(__always)
  func isDigit(_ index: Int) -> Bool {
    bytes[index] &- 0x30 < 10
  }

  /// The scalar value and UTF-8 length at a scalar boundary.
  @inline(__always)
  fileprivate func decode(_ index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let second = UInt32(bytes[index + 1] & 0x3F)
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[index + 2] & 0x3F)
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[index + 3] & 0x3F)
    return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }
}
