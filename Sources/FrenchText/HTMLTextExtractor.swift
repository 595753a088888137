/// Turns the HTML of an open-data text ("<p>…</p>", "<br>", "<strong>", "<i>", "<a name=PG10>",
/// tables) into plain paragraphs, keeping for every byte the offset of its original byte.
///
/// Block tags (`p`, `br`, `div`, `li`, `tr`, `table`, headings) end a paragraph; table cells are
/// separated by a space; inline tags vanish without adding a space ("<i>mot</i>s" → "mots");
/// runs of ASCII white space become one space, while no-break spaces stay as written; the
/// common entities (`&amp;`, `&nbsp;`, `&#233;`…) are decoded.
///
/// Read on bytes: the bytes kept as they are are appended as runs (slices of the HTML), tag
/// names are matched as bytes (`HTMLTextExtractorTag`).
public struct HTMLTextExtractor: Sendable {
  public init() {}

  /// The paragraphs of `html`.
  public func paragraphs(_ html: TextRepairBuffer) -> [TextRepairBuffer] {
    var reader = Reader(html)
    reader.read()
    return reader.result
  }

  /// The state of one reading: the paragraphs made, the one being made and the pending run.
  private struct Reader {
    let html: TextRepairBuffer
    let bytes: [UInt8]
    let origins: [Int]
    var result: [TextRepairBuffer] = []
    var current = TextRepairBuffer()
    /// The last byte of `current` and of the pending run.
    var last: UInt8?
    /// The pending run of bytes copied as they are, with their origins.
    var run = 0..<0

    init(_ html: TextRepairBuffer) {
      self.html = html
      bytes = html.bytes
      origins = html.origins
    }

    mutating func read() {
      var index = 0
      let bytes = bytes
      let count = bytes.count
      while index < count {
        let end = Self.copiedEnd(bytes, from: index, after: last)
        if end > index {
          appendCopied(index..<end)
          last = bytes[end - 1]
          index = end
          continue
        }
        let byte = bytes[index]
        if byte == 0x3C, let tag = HTMLTextExtractorTag(bytes, at: index) {
          switch tag.kind {
          case .block: flush()
          case .cell: appendSpace(at: index)
          case .inline: break
          }
          index = tag.end
        } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
          appendSpace(at: index)
          index += 1
        } else if byte == 0x26, let entity = HTMLTextExtractorTag.entity(bytes, at: index) {
          appendEntity(entity.bytes, at: index)
          index = entity.end
        } else {
          appendCopied(index..<index + 1)
          last = byte
          index += 1
        }
      }
      flush()
    }

    /// The end of the bytes from `start` on that are copied as they are: neither a tag, an
    /// entity nor a line break or tab, and a space only after a byte that is not one (`last`
    /// before). Eight bytes at a time while they hold none of these.
    static func copiedEnd(_ bytes: [UInt8], from start: Int, after last: UInt8?) -> Int {
      bytes.withUnsafeBufferPointer { buffer in
        var previous = last
        var end = start
        let count = buffer.count
        while end < count {
          if end > start, end + 16 <= count, previous != nil {
            // Past the first byte, `previous` is the byte before `end`: sixteen bytes checked
            // against the ones before them, and the run taken up to the first that may stop it
            // (which the byte step below then reads).
            let (low, high) = stopFlags(buffer, at: end)
            if low | high == 0 {
              end += 16
              previous = buffer[end - 1]
              continue
            }
            let plain = low != 0 ? low.trailingZeroBitCount / 8 : 8 + high.trailingZeroBitCount / 8
            if plain > 0 {
              end += plain
              previous = buffer[end - 1]
            }
          } else if end + 16 <= count, let before = previous,
            plainSixteen(buffer, at: end, after: before)
          {
            previous = buffer[end + 15]
            end += 16
            continue
          }
          if end + 8 <= count, let before = previous,
            let word = plainWord(buffer, at: end, after: before)
          {
            previous = UInt8(truncatingIfNeeded: word >> 56)
            end += 8
            continue
          }
          let byte = buffer[end]
          if byte == 0x20 {
            guard let previous, previous != 0x20 else { break }
          } else if byte == 0x3C || byte == 0x26 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
            break
          }
          previous = byte
          end += 1
        }
        return end
      }
    }

    /// The sixteen bytes at `index` (which has a byte before it) flagged when they may stop a
    /// copied run: "<", "&", a byte below 0x0E, or a space after a space (the bytes before
    /// them read by a second load, one byte lower). Two little-endian words, the first eight
    /// bytes in `low`, all bits of a flagged byte set.
    @inline(__always)
    static func stopFlags(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (
      low: UInt64, high: UInt64
    ) {
      let base = UnsafeRawPointer(buffer.baseAddress! + index)
      let vector = base.loadUnaligned(as: SIMD16<UInt8>.self)
      let before = base.loadUnaligned(fromByteOffset: -1, as: SIMD16<UInt8>.self)
      // Constants typed `SIMD16<UInt8>` so that the compares are the vector ones.
      let angle = SIMD16<UInt8>(repeating: 0x3C)
      let ampersand = SIMD16<UInt8>(repeating: 0x26)
      let control = SIMD16<UInt8>(repeating: 0x0E)
      let space = SIMD16<UInt8>(repeating: 0x20)
      let flags =
        (vector .== angle) .| (vector .== ampersand) .| (vector .< control)
        .| ((vector .== space) .& (before .== space))
      let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
      return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
    }

    /// Whether the sixteen bytes at `index` are all copied as they are after the byte `before`
    /// (as `plainWord` tells for eight): vector compares.
    @inline(__always)
    static func plainSixteen(
      _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, after before: UInt8
    )
      -> Bool
    {
      let vector = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(
        as: SIMD16<UInt8>.self)
      // Constants typed `SIMD16<UInt8>` so that the compares are the vector ones.
      let angle = SIMD16<UInt8>(repeating: 0x3C)
      let ampersand = SIMD16<UInt8>(repeating: 0x26)
      let control = SIMD16<UInt8>(repeating: 0x0E)
      let space = SIMD16<UInt8>(repeating: 0x20)
      let special = (vector .== angle) .| (vector .== ampersand) .| (vector .< control)
      let flags = unsafeBitCast(special, to: SIMD2<UInt64>.self)
      guard flags[0] | flags[1] == 0 else { return false }
      let spaces = unsafeBitCast(vector .== space, to: SIMD2<UInt64>.self)
      let low = UInt64(littleEndian: spaces[0])
      let high = UInt64(littleEndian: spaces[1])
      // No two spaces in a row, within a half or across them, nor after a space `before`.
      return low & (low << 8) == 0 && high & (high << 8) == 0 && low >> 56 & high & 0xFF == 0
        && !(low & 0xFF != 0 && before == 0x20)
    }

    /// The eight bytes at `index` (little-endian) when all of them are copied as they are after
    /// the byte `before`: no "<", "&" or byte below 0x0E, no two spaces in a row; else nil.
    @inline(__always)
    static func plainWord(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, after before: UInt8)
      -> UInt64?
    {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs = ones &* 0x80
      let word = UInt64(
        littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self))
      let angle = word ^ (ones &* 0x3C)
      let ampersand = word ^ (ones &* 0x26)
      let special =
        ((angle &- ones) & ~angle) | ((ampersand &- ones) & ~ampersand)
        | ((word &- ones &* 0x0E) & ~word)
      guard special & highs == 0 else { return nil }
      let spacesXor = word ^ (ones &* 0x20)
      let low = ~highs
      let spaces = ~(((spacesXor & low) &+ low) | spacesXor | low)
      guard spaces & (spaces << 8) == 0, !(spaces & 0x80 != 0 && before == 0x20) else {
        return nil
      }
      return word
    }

    /// Appends `range` of the bytes with their own origins.
    mutating func appendCopied(_ range: Range<Int>) {
      if !run.isEmpty, run.upperBound == range.lowerBound {
        run = run.lowerBound..<range.upperBound
      } else {
        commitRun()
        run = range
      }
    }

    /// A decoded entity, every byte from the origin of its "&" (a space as a space).
    mutating func appendEntity(_ decoded: [UInt8], at index: Int) {
      if decoded == [0x20] {
        appendSpace(at: index)
        return
      }
      commitRun()
      current.append(contentsOf: decoded, origin: origins[index])
      last = decoded.last
    }

    /// A space with the origin of `bytes[index]`, unless the paragraph is empty or ends with
    /// one.
    mutating func appendSpace(at index: Int) {
      guard let last, last != 0x20 else { return }
      if bytes[index] == 0x20 {
        appendCopied(index..<index + 1)
      } else {
        commitRun()
        current.append(0x20, origin: origins[index])
      }
      self.last = 0x20
    }

    mutating func commitRun() {
      guard !run.isEmpty else { return }
      current.append(html, range: run)
      run = 0..<0
    }

    mutating func flush() {
      commitRun()
      current.trimTrailingSpaces()
      if !current.isEmpty { result.append(current) }
      current = TextRepairBuffer()
      last = nil
    }
  }
}
