/// The tokenizer's legal references, emission of groups of pieces, and UTF-8 decoding (see
/// `Tokenizer`).
extension Tokenizer {
  /// `L. 314-6`, `R.4127-1`, `D. 312-1`, `L314-6`: the letter, one joined token `l314-6`, and
  /// the number as a compound (`314`, `314-6`, `6`). Needs at least one hyphen.
  mutating func scanReference(at start: Int) -> Int? {
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
  mutating func emitGroup() {
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
  mutating func termOf(_ piece: Piece) -> Range<Int> {
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
  func decode(_ index: Int) -> (value: UInt32, length: Int) {
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
