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
  /// Whether plain words go through the plain-word loop (false: the general path only, the
  /// tests' reference).
  let fastPath: Bool
  /// The buffer being filled, with the work space of the general path: the tokenizer holds no
  /// reference of its own, so that making one per text costs no retain and no release.
  let buffer: UnsafeMutablePointer<TermBuffer>
  var position = 0
  /// How many folded bytes of plain words wait in the pending buffer, to be appended to
  /// `output.bytes` at once (their terms' ranges already count them).
  var pendingCount = 0
  /// How many slots of plain words wait in the pending slots, to be appended to `output.slots`
  /// at once, with the pending bytes.
  var pendingSlotCount = 0
  /// Whether the buffer's former tokens are gone. They are left in place when its capacity
  /// suffices, and replaced by the first flush of pending terms (one `replaceSubrange` per
  /// array instead of emptying it and appending to it).
  var emptied = false

  /// A tokenizer writing into `buffer` (emptied, its capacity kept), which must stay valid and
  /// untouched by anyone else while the tokenizer is used.
  init(
    bytes: UnsafeBufferPointer<UInt8>, foldPlurals: Bool, fastPath: Bool = true,
    buffer: UnsafeMutablePointer<TermBuffer>
  ) {
    precondition(bytes.count < Int(Int32.max), "a text of 2 GB or more")
    self.bytes = bytes
    self.count = bytes.count
    self.foldPlurals = foldPlurals
    self.fastPath = fastPath
    self.buffer = buffer
    if !buffer.pointee.holds(textCount: bytes.count) {
      buffer.pointee.removeAll(reservingCapacity: bytes.count)
      emptied = true
    }
  }

  /// The buffer being filled (in place: no copy of its arrays).
  var output: TermBuffer {
    _read { yield buffer.pointee }
    nonmutating _modify { yield &buffer.pointee }
  }

  /// The folded bytes of the pieces of the general path.
  var scratch: [UInt8] {
    _read { yield buffer.pointee.scratch }
    nonmutating _modify { yield &buffer.pointee.scratch }
  }

  /// The pieces of the group being read by the general path.
  var pieces: [Piece] {
    _read { yield buffer.pointee.pieces }
    nonmutating _modify { yield &buffer.pointee.pieces }
  }

  /// The terms of the pieces of the group being emitted, in `output.bytes`.
  var partTerms: [Range<Int>] {
    _read { yield buffer.pointee.partTerms }
    nonmutating _modify { yield &buffer.pointee.partTerms }
  }

  /// The folding table of the general path.
  var fold: FoldTable { FoldTable.shared }

  /// Every token of the text, in order, into the buffer given to `init`.
  mutating func run() {
    // Pieces only read the scratch bytes from their own start: emptying it is never needed for
    // the tokens, only to bound its size.
    resetScratch()
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.pendingCapacity) { pending in
      withUnsafeTemporaryAllocation(
        of: TermBuffer.Slot.self, capacity: Self.pendingSlotCapacity
      ) { slots in
        let pending = Pending(bytes: pending.baseAddress!, slots: slots.baseAddress!)
        scanAll(pending: pending)
        // Empties the buffer if nothing did (an empty text).
        flushPending(pending)
      }
    }
  }

  /// The bytes of the pending buffer: plain words' terms are folded there, one after the
  /// other, and appended to `output.bytes` when it is full, before the general path writes
  /// there, and at the end (one append per sentence, not one per word).
  static let pendingCapacity = 1024

  /// The slots of the pending buffer: plain words' slots wait there like their bytes (one
  /// append per sentence or per `pendingSlotCapacity` words, not one per word). 40 slots are
  /// 960 bytes: a temporary allocation above 1 024 bytes is made on the heap.
  static let pendingSlotCapacity = 40

  /// The pending buffers of plain words: their folded bytes and their slots.
  struct Pending {
    let bytes: UnsafeMutablePointer<UInt8>
    let slots: UnsafeMutablePointer<TermBuffer.Slot>
  }

  /// Appends the pending folded bytes to `output.bytes` and the pending slots to
  /// `output.slots`; the first time, they replace the buffer's former tokens (`emptied`), even
  /// when none is pending.
  @inline(__always)
  mutating func flushPending(_ pending: Pending) {
    guard pendingSlotCount > 0 || !emptied else { return }
    let newBytes = UnsafeBufferPointer(start: pending.bytes, count: pendingCount)
    let newSlots = UnsafeBufferPointer(start: pending.slots, count: pendingSlotCount)
    if emptied {
      output.bytes.append(contentsOf: newBytes)
      output.slots.append(contentsOf: newSlots)
    } else {
      output.bytes.replaceSubrange(0..<output.bytes.count, with: newBytes)
      output.slots.replaceSubrange(0..<output.slots.count, with: newSlots)
      emptied = true
    }
    pendingCount = 0
    pendingSlotCount = 0
  }

  /// `scanGroup(at:)` after the pending terms are appended (it writes to `output.bytes`):
  /// the general path, for what the plain-word loop does not read.
  @inline(never)
  mutating func generalGroup(at start: Int, pending: Pending) -> Int {
    flushPending(pending)
    return scanGroup(at: start)
  }

  // MARK: Scanning

  /// A legal reference, or words joined by hyphens; returns the end of what was read.
  mutating func scanGroup(at start: Int) -> Int {
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
  mutating func resetScratch() {
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
    let fold = fold
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        // ASCII: only letters and digits are word characters.
        if (byte | 0x20) &- 0x61 < 26 {
          piece.hasLetter = true
          scratch.append(byte | 0x20)
        } else if byte &- 0x30 < 10 {
          piece.hasDigit = true
          scratch.append(byte)
        } else {
          break
        }
        index += 1
        continue
      }
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
