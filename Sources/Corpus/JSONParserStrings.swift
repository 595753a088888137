import FrenchText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strings decoded in one pass into storage sized once: the raw length of a string bounds its
/// decoded length (an escape never decodes to more bytes than it is written with), so runs are
/// copied and escapes written through pointers, with no growth and no append per byte.
extension JSONParser {
  /// The string whose opening quote is at `index`; `index` ends after its closing quote.
  mutating func string() throws(Failure) -> String {
    index += 1
    let start = index
    index = plainEnd(from: index)
    if index < bytes.count, bytes[index] == 0x22 {
      index += 1
      return String(decoding: bytes[start..<index - 1], as: UTF8.self)
    }
    index = start
    let capacity = max(rawStringEnd(from: start) - start, 1) + Self.slack
    var result = Result<Int, Failure>.success(0)
    let text = String(unsafeUninitializedCapacity: capacity) { out in
      result = decodeString(into: out.baseAddress!, origins: nil, hasSlack: true)
      return (try? result.get()) ?? 0
    }
    _ = try result.get()
    return text
  }

  /// The string value whose opening quote is at `index`, checked but left undecoded (decoded
  /// when read); `index` ends after its closing quote.
  mutating func text() throws(Failure) -> JSONValue {
    index += 1
    let start = index
    index = plainEnd(from: index)
    var isEscaped = false
    if index >= bytes.count || bytes[index] != 0x22 {
      index = start
      _ = try decodeString(into: nil, origins: nil).get()
      isEscaped = true
    } else {
      index += 1
    }
    let range = start..<index - 1
    if let text = JSONText(bytes: bytes, range: range, isEscaped: isEscaped) { return .text(text) }
    index = start - 1
    return .string(try string())
  }

  /// The string whose opening quote is at `index`, also as a buffer giving each byte's file
  /// offset: a byte written as such, its own; a decoded escape, the backslash for its first
  /// byte and the last byte of the escape for the next ones (as `JSONLiteralLocator`).
  mutating func trackedString() throws(Failure) -> TextRepairBuffer {
    index += 1
    if index < bytes.count, bytes[index] == 0x22 {
      index += 1
      return TextRepairBuffer()
    }
    let capacity = max(rawStringEnd(from: index) - index, 1) + Self.slack
    var result = Result<Int, Failure>.success(0)
    var decoded: [UInt8] = []
    let origins = [Int](unsafeUninitializedCapacity: capacity) { at, initialized in
      decoded = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
        result = decodeString(
          into: out.baseAddress!, origins: at.baseAddress!, hasSlack: true)
        count = (try? result.get()) ?? 0
      }
      initialized = decoded.count
    }
    _ = try result.get()
    return TextRepairBuffer(bytes: decoded, origins: origins)
  }

  /// The index of the closing quote of the string whose content starts at `start` (a quote
  /// after an odd run of backslashes is escaped), or the end of the bytes: an upper bound of
  /// where decoding stops. Quotes are found by `memchr`.
  func rawStringEnd(from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return 0 }
      var from = start
      while from < source.count {
        guard let found = memchr(base + from, 0x22, source.count - from) else { break }
        let quote = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        var backslashes = 0
        while quote - backslashes - 1 >= from, base[quote - backslashes - 1] == 0x5C {
          backslashes += 1
        }
        if backslashes % 2 == 0 { return quote }
        from = quote + 1
      }
      return source.count
    }
  }

  /// Decodes the string content from `index` to its closing quote into `out` (and each byte's
  /// file offset into `origins`, when given); `index` ends after the quote. The number of bytes
  /// written, or the failure `generalString()` meets at the same place. Without `out`, the
  /// string is only checked.
  ///
  /// With `hasSlack`, `out` and `origins` have room for `slack` more bytes and offsets than the
  /// string's raw length: a run shorter than sixteen bytes is then copied as sixteen (one vector
  /// store, no `memcpy` call), the bytes past it overwritten by what follows or left past the
  /// count.
  mutating func decodeString(
    into out: UnsafeMutablePointer<UInt8>?, origins: UnsafeMutablePointer<Int>?,
    hasSlack: Bool = false
  ) -> Result<Int, Failure> {
    let bytes = bytes
    return bytes.withUnsafeBufferPointer { source in
      decodeString(
        source.baseAddress!, count: source.count, into: out, origins: origins, hasSlack: hasSlack)
    }
  }

  /// The room past a string's raw length that decoding with `hasSlack` may write into.
  static let slack = 16

  /// `decodeString(into:origins:)` on the bytes at `source`: eight bytes at a time while none
  /// of them may end the run, else byte by byte; "\u00XX" and other BMP escapes decoded here.
  private mutating func decodeString(
    _ source: UnsafePointer<UInt8>, count end: Int, into out: UnsafeMutablePointer<UInt8>?,
    origins: UnsafeMutablePointer<Int>?, hasSlack: Bool
  ) -> Result<Int, Failure> {
    var count = 0
    var cursor = index
    while cursor < end {
      var byte: UInt8
      if cursor + 16 <= end {
        let special = Self.specialFlags(source, at: cursor)
        if special.low | special.high == 0 {
          copySixteen(source, at: cursor, to: out, origins: origins, count: count)
          count += 16
          cursor += 16
          continue
        }
        // The lowest flagged byte is the first quote, backslash or control character.
        let run =
          special.low != 0
          ? special.low.trailingZeroBitCount / 8 : 8 + special.high.trailingZeroBitCount / 8
        if hasSlack {
          // The run copied as sixteen bytes (the room is there; the rest is overwritten).
          copySixteen(source, at: cursor, to: out, origins: origins, count: count)
        } else {
          copyRun(source, at: cursor, length: run, to: out, origins: origins, count: count)
        }
        count += run
        cursor += run
        byte = source[cursor]
      } else if cursor + 8 <= end {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(source + cursor).loadUnaligned(as: UInt64.self))
        let special = Self.specialMask(word)
        if special == 0 {
          copyEight(source, at: cursor, to: out, origins: origins, count: count)
          count += 8
          cursor += 8
          continue
        }
        // The lowest flagged byte is the first quote, backslash or control character.
        let run = special.trailingZeroBitCount / 8
        copyRun(source, at: cursor, length: run, to: out, origins: origins, count: count)
        count += run
        cursor += run
        byte = source[cursor]
      } else {
        byte = source[cursor]
        while byte >= 0x20, byte != 0x22, byte != 0x5C {
          out?[count] = byte
          origins?[count] = baseOffset + cursor
          count += 1
          cursor += 1
          guard cursor < end else { break }
          byte = source[cursor]
        }
        guard cursor < end else { continue }
      }
      index = cursor
      if byte == 0x22 {
        index += 1
        return .success(count)
      }
      guard byte == 0x5C else { return .failure(fail("unescaped control character in a string")) }
      // "\u00XX" (the accents of French text) written at once: one or two bytes, as `write`
      // writes them, with the same origins.
      if cursor + 6 <= end, source[cursor + 1] == 0x75, source[cursor + 2] == 0x30,
        source[cursor + 3] == 0x30, let high = Self.hexValue(source[cursor + 4]),
        let low = Self.hexValue(source[cursor + 5])
      {
        if let out {
          let value = high << 4 | low
          let first = baseOffset + cursor
          if value < 0x80 {
            out[count] = value
            origins?[count] = first
            count += 1
          } else {
            out[count] = 0xC0 | value >> 6
            out[count + 1] = 0x80 | value & 0x3F
            origins?[count] = first
            origins?[count + 1] = first + 5
            count += 2
          }
        }
        cursor += 6
        continue
      }
      let scalar: Unicode.Scalar
      let length: Int
      if let simple = Self.basicEscape(source, at: cursor, end: end) {
        (scalar, length) = (simple, 6)
      } else {
        do throws(Failure) {
          (scalar, length) = try escape()
        } catch {
          return .failure(error)
        }
      }
      if let out {
        count += Self.write(
          scalar, to: out + count, origins: origins.map { $0 + count },
          first: baseOffset + cursor, next: baseOffset + cursor + length - 1)
      }
      cursor += length
    }
    index = end
    return .failure(fail("unexpected end of the text in a string"))
  }

  /// The high bit of each of the eight bytes of `word` (the first in the lowest byte) that is a
  /// quote, a backslash or a control character, and maybe of bytes above such a one (a borrow):
  /// zero when none is, and the lowest flag always on the first such byte.
  @inline(__always)
  static func specialMask(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let special =
      ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
      | ((word &- ones &* 0x20) & ~word)
    return special & (ones &* 0x80)
  }

  /// The sixteen bytes at `cursor` flagged (all bits of a byte set) when they are a quote, a
  /// backslash or a control character, as two little-endian words: the first eight bytes in
  /// `low`, each in the byte of its position. Vector compares, no borrow between bytes.
  @inline(__always)
  static func specialFlags(
    _ source: UnsafePointer<UInt8>, at cursor: Int
  ) -> (low: UInt64, high: UInt64) {
    // Constants typed `SIMD16<UInt8>` so that the compares are the vector ones.
    let quote = SIMD16<UInt8>(repeating: 0x22)
    let backslash = SIMD16<UInt8>(repeating: 0x5C)
    let control = SIMD16<UInt8>(repeating: 0xE0)
    let zero = SIMD16<UInt8>()
    let vector = UnsafeRawPointer(source + cursor).loadUnaligned(as: SIMD16<UInt8>.self)
    let flags = (vector .== quote) .| (vector .== backslash) .| ((vector & control) .== zero)
    let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
    return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
  }

  /// Copies the sixteen plain bytes at `cursor` to `out` at `count`, and their offsets.
  @inline(__always)
  private func copySixteen(
    _ source: UnsafePointer<UInt8>, at cursor: Int, to out: UnsafeMutablePointer<UInt8>?,
    origins: UnsafeMutablePointer<Int>?, count: Int
  ) {
    if let out {
      UnsafeMutableRawPointer(out + count).copyMemory(from: source + cursor, byteCount: 16)
    }
    guard let origins else { return }
    // The sixteen offsets in two vector stores (the storage is sized for them).
    let offsets = SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7) &+ (baseOffset + cursor)
    UnsafeMutableRawPointer(origins + count).storeBytes(of: offsets, as: SIMD8<Int>.self)
    UnsafeMutableRawPointer(origins + count + 8).storeBytes(
      of: offsets &+ 8, as: SIMD8<Int>.self)
  }

  /// Copies the `length` (under sixteen) plain bytes at `cursor` to `out` at `count`, and their
  /// offsets.
  @inline(__always)
  private func copyRun(
    _ source: UnsafePointer<UInt8>, at cursor: Int, length: Int,
    to out: UnsafeMutablePointer<UInt8>?, origins: UnsafeMutablePointer<Int>?, count: Int
  ) {
    guard length > 0 else { return }
    if let out {
      UnsafeMutableRawPointer(out + count).copyMemory(from: source + cursor, byteCount: length)
    }
    guard let origins else { return }
    let first = baseOffset + cursor
    for offset in 0..<length { origins[count + offset] = first + offset }
  }

  /// Copies the eight plain bytes at `cursor` to `out` at `count`, and their offsets.
  @inline(__always)
  private func copyEight(
    _ source: UnsafePointer<UInt8>, at cursor: Int, to out: UnsafeMutablePointer<UInt8>?,
    origins: UnsafeMutablePointer<Int>?, count: Int
  ) {
    if let out {
      UnsafeMutableRawPointer(out + count).copyMemory(from: source + cursor, byteCount: 8)
    }
    guard let origins else { return }
    // The eight offsets in one vector store (the storage is sized for them).
    let offsets = SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7) &+ (baseOffset + cursor)
    UnsafeMutableRawPointer(origins + count).storeBytes(of: offsets, as: SIMD8<Int>.self)
  }

  /// The value of the hex digit `byte` ("0"-"9", "a"-"f", "A"-"F"), nil for another byte.
  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt8? {
    let digit = byte &- 0x30
    if digit < 10 { return digit }
    let letter = (byte | 0x20) &- 0x61
    return letter < 6 ? letter &+ 10 : nil
  }

  /// The scalar of a "\uXXXX" escape at `at` outside the surrogates, else nil (the general
  /// path decides).
  @inline(__always)
  private static func basicEscape(
    _ source: UnsafePointer<UInt8>, at: Int, end: Int
  ) -> Unicode.Scalar? {
    guard at + 6 <= end, source[at + 1] == 0x75 else { return nil }
    var value: UInt32 = 0
    for offset in 2..<6 {
      let byte = source[at + offset]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte &- 0x30
      case 0x41...0x46: digit = byte &- 0x41 &+ 10
      case 0x61...0x66: digit = byte &- 0x61 &+ 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    guard value < 0xD800 || value >= 0xE000 else { return nil }
    return Unicode.Scalar(value)
  }

  /// Writes the UTF-8 bytes of `scalar` (the first from `first`, the others from `next`); how
  /// many there are.
  @inline(__always)
  private static func write(
    _ scalar: Unicode.Scalar, to out: UnsafeMutablePointer<UInt8>,
    origins: UnsafeMutablePointer<Int>?, first: Int, next: Int
  ) -> Int {
    let value = scalar.value
    let count: Int
    switch value {
    case 0..<0x80:
      out[0] = UInt8(truncatingIfNeeded: value)
      count = 1
    case 0x80..<0x800:
      out[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      out[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count = 2
    case 0x800..<0x10000:
      out[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      out[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      out[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count = 3
    default:
      out[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
      out[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
      out[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      out[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      count = 4
    }
    if let origins {
      origins[0] = first
      var offset = 1
      while offset < count {
        origins[offset] = next
        offset += 1
      }
    }
    return count
  }
}
