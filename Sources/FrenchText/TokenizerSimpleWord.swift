/// The tokenizer's main loop and its fast path for the common word: ASCII letters and digits and
/// the Latin letters U+00C0–U+017F, after an elided article or not, alone or in a compound of
/// such words joined by hyphens, followed by a separator. Such a word is folded as it is read
/// into a small buffer, appended to the term bytes with others at once (no per-byte append);
/// anything else (another apostrophe, a combining mark, a digit group, a legal reference) is left
/// to the general path, which gives the same tokens (`TokenizerFastPathTests`,
/// `TokenizerPlainLoopTests`).
extension Tokenizer {
  /// The folded bytes a plain word may have (a longer one takes the general path).
  static let wordCapacity = 128

  /// Reads the text, plain words by the loop below (folded into `pending`), other groups by
  /// `scanGroup`. The loop keeps its state in locals: the counts of pending bytes and slots and
  /// the position go back to the tokenizer before the general path runs, and come back after.
  ///
  /// A plain word is read in the loop itself (no call per word): ASCII letters eight at a time,
  /// then one byte by its class (`PlainByte`); an elided article before it is dropped; it ends
  /// at a separator, or is left to the general path (another apostrophe, a hyphen, a byte of
  /// another script, a number that may go on as a digit group or a decimal).
  mutating func scanAll(pending: Pending) {
    guard count > 0, let base = bytes.baseAddress else { return }
    let count = count
    // The tables, behind one lazy-global check per text.
    let tables = PlainTables.shared
    let classes = tables.classes
    let pairs = tables.pairs
    let invariable = tables.invariable
    let plain = fastPath
    let plurals = foldPlurals
    var index = 0
    var pendingBytes = pendingCount
    var pendingSlots = pendingSlotCount
    var position = position
    // Term bytes start after the buffer's, once its former tokens are gone (`emptied`).
    var termBase = emptied ? output.bytes.count : 0
    while index < count {
      let byte = base[index]
      let kind = classes[Int(byte)]
      var tryPlain = plain
      if kind &- PlainByte.letter < 3 {
        // An ASCII letter or digit.
      } else if kind < PlainByte.letter {
        index &+= 1
        continue
      } else if !(tryPlain && kind == PlainByte.latin
        && !(byte == 0xC3 && (base[index &+ 1] | 0x20) == 0xB7))
      {
        let (value, length) = decode(index)
        guard CharacterClass.of(value).startsWord else {
          index &+= length
          continue
        }
        tryPlain = false
      }
      // A legal reference ("L. 314-6", "R4127-1") is read by the general path.
      if tryPlain && kind == PlainByte.referenceLetter && index &+ 1 < count
        && (base[index &+ 1] == UInt8(ascii: ".") || base[index &+ 1] &- 0x30 < 10)
      {
        tryPlain = false
      }
      if tryPlain {
        if pendingBytes > Self.pendingCapacity - Self.wordCapacity
          || pendingSlots > Self.pendingSlotCapacity - Self.compoundSlots
        {
          pendingCount = pendingBytes
          pendingSlotCount = pendingSlots
          flushPending(pending)
          pendingBytes = 0
          pendingSlots = 0
          termBase = output.bytes.count
        }
        let folded = pending.bytes + pendingBytes
        // The common word first (letters and digits, ended by an ASCII separator or the text's
        // end): fewer values live than in the loop below, which reads anything else from
        // `index` again.
        var simpleEnd = index
        var simpleLength = 0
        var simpleHolds: UInt8 = 0
        if Self.simpleWord(
          base, count: count, classes, pairs, into: folded, end: &simpleEnd,
          length: &simpleLength, holds: &simpleHolds),
          simpleHolds != PlainByte.digitBit || simpleEnd >= count
            || Self.numberEnds(base, count: count, start: index, end: simpleEnd)
        {
          let length = Self.pluralFolded(
            folded, simpleLength, simpleHolds, plurals: plurals, invariable: invariable)
          if Self.appendPlain(
            pending, length, from: index, to: simpleEnd, termBase: termBase,
            bytes: &pendingBytes, slots: &pendingSlots, position: &position)
          {
            // The separator after the word is skipped here, not by a turn of the loop.
            index = simpleEnd < count ? simpleEnd &+ 1 : simpleEnd
            continue
          }
        }
        var start = index
        var end = index
        var length = 0
        var holds: UInt8 = 0
        // The parts of a compound before the current one ("médico-"), where the current one
        // starts in the text and in `folded`.
        var parts = 0
        var partBegin = index
        var partFolded = 0
        scan: while true {
          if end &+ 8 <= count && length <= Self.wordCapacity - 10 {
            if Self.letterRun(base, end: &end, into: folded, length: &length, holds: &holds) {
              continue
            }
          } else {
            if end >= count { break }
            if length >= Self.wordCapacity - 2 {
              tryPlain = false
              break
            }
          }
          let byte = base[end]
          let kind = classes[Int(byte)]
          if Self.foldPlain(
            byte, kind, base, pairs, end: &end, into: folded, length: &length, holds: &holds)
          {
            continue
          }
          switch kind {
          case PlainByte.separator: break scan
          // "×" and "÷", the Latin scalars `foldPlain` leaves, end the word.
          case PlainByte.latin: break scan
          case PlainByte.spaceLead where base[end &+ 1] == 0xA0: break scan
          case PlainByte.punctuationLead
          where base[end &+ 1] == 0x80 && base[end &+ 2] == 0xAF:
            break scan
          case PlainByte.apostrophe, PlainByte.punctuationLead:
            // ' or maybe ’: an elided article ends there, or the general path reads the word.
            let after = byte == 0x27 ? end &+ 1 : end &+ 3
            // Only one elided article: the word then starts after it (`start` moved).
            guard start == index, parts == 0, holds == PlainByte.letterBit,
              byte == 0x27 || (base[end &+ 1] == 0x80 && base[end &+ 2] == 0x99),
              let next = Self.elided(folded, length, base, count: count, after: after)
            else {
              // A scalar that only separates ("…", "–") ends the word as a space does.
              tryPlain = byte != 0x27 && Self.separates(base, at: end)
              break scan
            }
            start = next
            partBegin = next
            end = next
            length = 0
            holds = 0
          case PlainByte.joiner where byte == 0x2D:
            // A hyphen: the compound goes on if a plain word starts after it ("médico-sociaux");
            // before a separator, the word ends there.
            let after = end &+ 1
            guard after < count, classes[Int(base[after])] >= PlainByte.letter else { break scan }
            guard parts < Self.compoundSlots - 2, Self.startsPlainWord(base, at: after, classes)
            else {
              tryPlain = false
              break scan
            }
            length = Self.foldPart(
              folded, from: partFolded, to: length, holds, plurals, invariable)
            let termStart = termBase &+ pendingBytes
            pending.slots[parts == 0 ? pendingSlots : pendingSlots &+ parts &+ 1] = TermBuffer.Slot(
              termStart: Int32(truncatingIfNeeded: termStart &+ partFolded),
              termEnd: Int32(truncatingIfNeeded: termStart &+ length),
              position: Int32(truncatingIfNeeded: position &+ parts),
              rangeStart: Int32(truncatingIfNeeded: partBegin),
              rangeEnd: Int32(truncatingIfNeeded: end), isJoined: false)
            parts &+= 1
            partBegin = after
            partFolded = length
            holds = 0
            end = after
          default:
            // "°", "€", "»" end the word as a space does; a hyphen, a combining mark, a letter of
            // another script, a soft hyphen are read by the general path.
            tryPlain = byte >= 0x80 && Self.separates(base, at: end)
            break scan
          }
        }
        if tryPlain && holds == PlainByte.digitBit && end < count {
          tryPlain = Self.numberEnds(base, count: count, start: partBegin, end: end)
        }
        if tryPlain && parts > 0 {
          let termStart = termBase &+ pendingBytes
          if let total = Self.finishCompound(
            folded, length: length, lastPart: partFolded, holds: holds, plurals: plurals,
            invariable: invariable, parts: parts, slots: pending.slots + pendingSlots,
            termStart: termStart,
            position: position, range: (start, partBegin, end))
          {
            pendingBytes &+= total
            pendingSlots &+= parts &+ 2
            position &+= parts &+ 1
            index = end
            continue
          }
          tryPlain = false
        }
        if tryPlain {
          length = Self.pluralFolded(
            folded, length, holds, plurals: plurals, invariable: invariable)
          if Self.appendPlain(
            pending, length, from: start, to: end, termBase: termBase,
            bytes: &pendingBytes, slots: &pendingSlots, position: &position)
          {
            index = end
            continue
          }
        }
      }
      pendingCount = pendingBytes
      pendingSlotCount = pendingSlots
      self.position = position
      index = generalGroup(at: index, pending: pending)
      pendingBytes = pendingCount
      pendingSlots = pendingSlotCount
      position = self.position
      termBase = output.bytes.count
    }
    pendingCount = pendingBytes
    pendingSlotCount = pendingSlots
    self.position = position
    flushPending(pending)
  }

  /// Reads the common plain word from `end`: ASCII letters and digits and Latin letters (but
  /// "×" and "÷"), folded into `folded` as the loop in `scanAll` folds them, up to an ASCII
  /// separator (`PlainByte.separator`) or the text's end. True when the word ends so, with its
  /// end, folded length and what it holds; false for anything else (an apostrophe, a hyphen,
  /// another scalar, a word too long), which `scanAll`'s loop then reads from the start.
  @inline(__always)
  static func simpleWord(
    _ base: UnsafePointer<UInt8>, count: Int, _ classes: UnsafePointer<UInt8>,
    _ pairs: UnsafePointer<UInt16>, into folded: UnsafeMutablePointer<UInt8>,
    end: inout Int, length: inout Int, holds: inout UInt8
  ) -> Bool {
    while true {
      if end &+ 8 <= count && length <= Self.wordCapacity - 10 {
        if Self.letterRun(base, end: &end, into: folded, length: &length, holds: &holds) {
          continue
        }
      } else {
        if end >= count { return true }
        if length >= Self.wordCapacity - 2 { return false }
      }
      let byte = base[end]
      // A space, the usual end, without the table.
      if byte == 0x20 { return true }
      let kind = classes[Int(byte)]
      if kind == PlainByte.separator { return true }
      guard
        Self.foldPlain(
          byte, kind, base, pairs, end: &end, into: folded, length: &length, holds: &holds)
      else { return false }
    }
  }

  /// `length` once the plural of the plain word in `folded` is folded: only a word of 3
  /// letters or more (no digit) ending in s or x may change (`foldInPlace`'s guards).
  @inline(__always)
  static func pluralFolded(
    _ folded: UnsafeMutablePointer<UInt8>, _ length: Int, _ holds: UInt8, plurals: Bool,
    invariable: UnsafePointer<InvariableWords.Entry>
  ) -> Int {
    guard
      plurals && holds & (PlainByte.letterBit | PlainByte.digitBit) == PlainByte.letterBit
        && length >= 3
        && (folded[length &- 1] == UInt8(ascii: "s") || folded[length &- 1] == UInt8(ascii: "x"))
    else { return length }
    return foldPlural(folded, length, invariable: invariable)
  }

  /// `PluralFolder.foldInPlace`, kept out of line: only a word ending in s or x pays its call,
  /// and the word loops stay small enough to be inlined.
  @inline(never)
  static func foldPlural(
    _ folded: UnsafeMutablePointer<UInt8>, _ length: Int,
    invariable: UnsafePointer<InvariableWords.Entry>
  ) -> Int {
    PluralFolder.foldInPlace(folded, count: length, invariable: invariable)
  }

  /// Adds the plain word of `length` folded bytes (the text's `start..<end`) as the next
  /// pending slot, at the next position; false, adding nothing, when its bytes would pass
  /// 2 GB. (Positions and word ranges are below the text's length; term bytes may be more,
  /// past which the general path traps.)
  @inline(__always)
  static func appendPlain(
    _ pending: Pending, _ length: Int, from start: Int, to end: Int, termBase: Int,
    bytes: inout Int, slots: inout Int, position: inout Int
  ) -> Bool {
    let termStart = termBase &+ bytes
    guard termStart &+ length <= Int(Int32.max) else { return false }
    bytes &+= length
    pending.slots[slots] = TermBuffer.Slot(
      termStart: Int32(truncatingIfNeeded: termStart),
      termEnd: Int32(truncatingIfNeeded: termStart &+ length),
      position: Int32(truncatingIfNeeded: position),
      rangeStart: Int32(truncatingIfNeeded: start),
      rangeEnd: Int32(truncatingIfNeeded: end), isJoined: false)
    slots &+= 1
    position &+= 1
    return true
  }

  /// Folds the run of ASCII letters of the next eight bytes at `end` into `folded` (moving
  /// `end` and `length`); true when all eight were letters (the word surely goes on).
  @inline(__always)
  static func letterRun(
    _ base: UnsafePointer<UInt8>, end: inout Int, into folded: UnsafeMutablePointer<UInt8>,
    length: inout Int, holds: inout UInt8
  ) -> Bool {
    let run = Self.asciiLetters(at: base + end, into: folded + length)
    length &+= run
    end &+= run
    if run != 0 { holds |= PlainByte.letterBit }
    return run == 8
  }

  /// Folds the ASCII letter or digit, or the Latin letter, at `end` (of class `kind`) into
  /// `folded`, moving `end` and `length`; false, moving nothing, for any other byte ("×" and
  /// "÷" included).
  @inline(__always)
  static func foldPlain(
    _ byte: UInt8, _ kind: UInt8, _ base: UnsafePointer<UInt8>, _ pairs: UnsafePointer<UInt16>,
    end: inout Int, into folded: UnsafeMutablePointer<UInt8>, length: inout Int,
    holds: inout UInt8
  ) -> Bool {
    switch kind {
    case PlainByte.letter, PlainByte.referenceLetter:
      holds |= PlainByte.letterBit
      folded[length] = byte | 0x20
      length &+= 1
      end &+= 1
    case PlainByte.digit:
      holds |= PlainByte.digitBit
      folded[length] = byte
      length &+= 1
      end &+= 1
    case PlainByte.latin:
      let second = base[end &+ 1]
      if byte == 0xC3 && (second | 0x20) == 0xB7 { return false }
      let pair = pairs[Int(byte & 0x1F) &<< 6 | Int(second & 0x3F) &- 0xC0]
      folded[length] = UInt8(truncatingIfNeeded: pair)
      folded[length &+ 1] = UInt8(truncatingIfNeeded: pair &>> 8)
      length &+= pair > 0xFF ? 2 : 1
      holds |= PlainByte.letterBit | PlainByte.latinBit
      end &+= 2
    default:
      return false
    }
    return true
  }

  /// The most slots a plain word may need: a compound of up to 7 parts and its joined form
  /// (a longer one takes the general path).
  static let compoundSlots = 8

  /// Whether a plain word starts at `index`: an ASCII letter or digit, or a Latin letter.
  @inline(__always)
  static func startsPlainWord(
    _ base: UnsafePointer<UInt8>, at index: Int, _ classes: UnsafePointer<UInt8>
  ) -> Bool {
    let byte = base[index]
    let kind = classes[Int(byte)]
    return kind &- PlainByte.letter < 3
      || (kind == PlainByte.latin && !(byte == 0xC3 && (base[index &+ 1] | 0x20) == 0xB7))
  }

  /// The plural folding of the part of a word in `folded[from..<to]` (`holds` telling what it
  /// holds), in place; returns the part's new end.
  @inline(never)
  static func foldPart(
    _ folded: UnsafeMutablePointer<UInt8>, from: Int, to: Int, _ holds: UInt8, _ plurals: Bool,
    _ invariable: UnsafePointer<InvariableWords.Entry>
  ) -> Int {
    let length = to &- from
    guard
      plurals && holds & (PlainByte.letterBit | PlainByte.digitBit) == PlainByte.letterBit
        && length >= 3
        && (folded[to &- 1] == UInt8(ascii: "s") || folded[to &- 1] == UInt8(ascii: "x"))
    else { return to }
    return from &+ PluralFolder.foldInPlace(folded + from, count: length, invariable: invariable)
  }

  /// Ends a compound of plain words as `emitGroup` does: the last part folded and its slot
  /// written (the others' are, at `slots[0]` and from `slots[2]`), then the joined term after
  /// the parts' terms (a hyphen kept between two numbers) and its slot at `slots[1]`. Returns
  /// the term bytes written, or nil when they might not fit (the general path reads it).
  /// `range` is where the first part starts, the last part starts and the compound ends.
  @inline(never)
  static func finishCompound(
    _ folded: UnsafeMutablePointer<UInt8>, length: Int, lastPart: Int, holds: UInt8,
    plurals: Bool, invariable: UnsafePointer<InvariableWords.Entry>, parts: Int,
    slots: UnsafeMutablePointer<TermBuffer.Slot>, termStart: Int,
    position: Int, range: (start: Int, lastStart: Int, end: Int)
  ) -> Int? {
    let length = foldPart(folded, from: lastPart, to: length, holds, plurals, invariable)
    let most = length &* 2 &+ parts
    guard most <= Self.wordCapacity - 8, termStart &+ most <= Int(Int32.max) else { return nil }
    slots[parts &+ 1] = TermBuffer.Slot(
      termStart: Int32(truncatingIfNeeded: termStart &+ lastPart),
      termEnd: Int32(truncatingIfNeeded: termStart &+ length),
      position: Int32(truncatingIfNeeded: position &+ parts),
      rangeStart: Int32(truncatingIfNeeded: range.lastStart),
      rangeEnd: Int32(truncatingIfNeeded: range.end), isJoined: false)
    var joined = length
    for part in 0...parts {
      let slot = slots[part == 0 ? 0 : part &+ 1]
      let from = Int(slot.termStart) &- termStart
      let to = Int(slot.termEnd) &- termStart
      if joined > length && folded[joined &- 1] &- 0x30 < 10 && folded[from] &- 0x30 < 10 {
        folded[joined] = UInt8(ascii: "-")
        joined &+= 1
      }
      (folded + joined).update(from: folded + from, count: to &- from)
      joined &+= to &- from
    }
    slots[1] = TermBuffer.Slot(
      termStart: Int32(truncatingIfNeeded: termStart &+ length),
      termEnd: Int32(truncatingIfNeeded: termStart &+ joined),
      position: Int32(truncatingIfNeeded: position),
      rangeStart: Int32(truncatingIfNeeded: range.start),
      rangeEnd: Int32(truncatingIfNeeded: range.end), isJoined: true)
    return joined
  }

  /// Whether the scalar at `index` (a UTF-8 lead byte from 0xC2) only separates words
  /// (`CharacterClass.other`: neither a word character nor a connector).
  @inline(never)
  static func separates(_ base: UnsafePointer<UInt8>, at index: Int) -> Bool {
    let lead = UInt32(base[index])
    let second = UInt32(base[index &+ 1] & 0x3F)
    let value: UInt32
    if lead < 0xE0 {
      value = (lead & 0x1F) &<< 6 | second
    } else if lead < 0xF0 {
      value = (lead & 0x0F) &<< 12 | second &<< 6 | UInt32(base[index &+ 2] & 0x3F)
    } else {
      value =
        (lead & 0x07) &<< 18 | second &<< 12 | UInt32(base[index &+ 2] & 0x3F) &<< 6
        | UInt32(base[index &+ 3] & 0x3F)
    }
    return CharacterClass.of(value) == .other
  }

  /// Whether the digits from `start` to `end`, which ended a plain word at a separator, are a
  /// whole number: false when a decimal comma ("4,5") or, after at most 3 digits, a group of 3
  /// digits ("150 000", "1.200", with U+00A0 or U+202F too) may follow, which the general path
  /// reads (`joinNumber`).
  @inline(never)
  static func numberEnds(_ base: UnsafePointer<UInt8>, count: Int, start: Int, end: Int) -> Bool {
    let next = base[end]
    if next == UInt8(ascii: ",") {
      return !(end &+ 1 < count && base[end &+ 1] &- 0x30 < 10)
    }
    guard end &- start <= 3 else { return true }
    let separator: Int
    switch next {
    case 0x20, UInt8(ascii: "."): separator = 1
    case 0xC2 where base[end &+ 1] == 0xA0: separator = 2
    case 0xE2 where base[end &+ 1] == 0x80 && base[end &+ 2] == 0xAF: separator = 3
    default: return true
    }
    let digits = end &+ separator
    return
      !(digits &+ 3 <= count && base[digits] &- 0x30 < 10
      && base[digits &+ 1] &- 0x30 < 10 && base[digits &+ 2] &- 0x30 < 10)
  }

  /// How many of the eight bytes at `at` are ASCII letters, in a row from the first (eight
  /// bytes at a time: `(byte | 0x20) - 0x61 < 26` on each lane, no lane carrying into an
  /// earlier one); their lowercase forms are stored at `folded`, followed by the rest of the
  /// eight bytes (`folded` has room for eight).
  @inline(__always)
  static func asciiLetters(at bytes: UnsafePointer<UInt8>, into folded: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    let high: UInt64 = 0x8080_8080_8080_8080
    let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    let lower = word | 0x2020_2020_2020_2020
    let letters = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & high
    UnsafeMutableRawPointer(folded).storeBytes(of: lower.littleEndian, as: UInt64.self)
    return (~letters & high).trailingZeroBitCount &>> 3
  }

  /// If the `length` folded ASCII letters at `folded`, ended by an apostrophe, are an elided
  /// article and a plain word starts at `after`, where that word starts.
  @inline(never)
  static func elided(
    _ folded: UnsafeMutablePointer<UInt8>, _ length: Int, _ base: UnsafePointer<UInt8>,
    count: Int, after: Int
  ) -> Int? {
    guard after < count, ElisionForms.contains(UnsafeBufferPointer(start: folded, count: length))
    else { return nil }
    let next = base[after]
    if next < 0x80 { return (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 ? after : nil }
    guard next >= 0xC3 && next <= 0xC5 else { return nil }
    let second = base[after &+ 1]
    return next == 0xC3 && (second == 0x97 || second == 0xB7) ? nil : after
  }
}

/// The classes of the bytes of UTF-8 text for the plain-word loop, in one 256-byte table.
enum PlainByte {
  /// ASCII other than letters, digits, ' ` and -: ends a plain word.
  static let separator: UInt8 = 0
  /// ' (U+0027): an elided article's end, or the general path.
  static let apostrophe: UInt8 = 1
  /// ` and -: the general path inside a word; separators before one.
  static let joiner: UInt8 = 2
  /// A–Z, a–z but L, R and D.
  static let letter: UInt8 = 3
  /// 0–9 (right after `letter`: the loop tests the three word starts at once).
  static let digit: UInt8 = 4
  /// L, R and D, which may start a legal reference ("L. 314-6").
  static let referenceLetter: UInt8 = 5
  /// 0xC3–0xC5: the lead byte of U+00C0–U+017F.
  static let latin: UInt8 = 6
  /// 0xC2: the lead byte of U+00A0 (a separator) among others.
  static let spaceLead: UInt8 = 7
  /// 0xE2: the lead byte of U+2019 (an apostrophe) and U+202F (a separator) among others.
  static let punctuationLead: UInt8 = 8
  /// Any other byte from 0x80.
  static let other: UInt8 = 9

  /// What a plain word holds: ASCII letters or Latin ones, digits, Latin letters.
  static let letterBit: UInt8 = 1
  static let digitBit: UInt8 = 2
  static let latinBit: UInt8 = 4

  /// The class of each byte, built once and never freed (read through the pointer: no lazy
  /// check per byte).
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0..<256 {
      table[byte] =
        switch byte {
        case 0x44, 0x4C, 0x52: referenceLetter
        case 0x41...0x5A, 0x61...0x7A: letter
        case 0x30...0x39: digit
        case 0x27: apostrophe
        case 0x2D, 0x60: joiner
        case 0xC3...0xC5: latin
        case 0xC2: spaceLead
        case 0xE2: punctuationLead
        case 0x80...: other
        default: separator
        }
    }
    return UnsafePointer(table)
  }()
}

/// The tables of the plain-word loop (`PlainByte.table`, `FoldTable.latinPairTable`,
/// `InvariableWords.slots`), behind one lazy global: `scanAll` takes them once per text.
struct PlainTables {
  let classes: UnsafePointer<UInt8>
  let pairs: UnsafePointer<UInt16>
  let invariable: UnsafePointer<InvariableWords.Entry>

  nonisolated(unsafe) static let shared = PlainTables(
    classes: PlainByte.table, pairs: FoldTable.latinPairTable, invariable: InvariableWords.slots)
}
