/// Skips, sixteen bytes at a time, the bytes of a JSON bulk file that cannot change the state of
/// `JSONRecordStream`, counting the line feeds among them. Inside a string only a quote or a
/// backslash matters; inside a record only quotes, braces and brackets; near the top, colons and
/// commas too. A bulk file is mostly long string values inside records, so the record splitter
/// looks at a few bytes in a hundred.
enum JSONInertSkip {
  /// The bytes that stop a skip.
  enum Stops {
    /// Inside a string (not after a backslash): `"` and `\`.
    case stringBody
    /// Outside strings, inside a record: `"`, `{`, `[`, `}`, `]`.
    case nested
    /// Outside strings, in the tracked containers: as `nested`, plus `:` and `,`.
    case topLevel

    /// Whether `byte` stops a skip (the definition the vector code follows).
    func stops(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x22: return true
      case 0x5C: return self == .stringBody
      case 0x7B, 0x5B, 0x7D, 0x5D: return self != .stringBody
      case 0x3A, 0x2C: return self == .topLevel
      default: return false
      }
    }
  }

  /// The first index from `start` (below `end`) whose byte stops a skip, or `end`; and how many
  /// line feeds (0x0A) lie before it, from `start`.
  static func skip(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, stops: Stops
  ) -> (index: Int, lineFeeds: Int) {
    guard let base = bytes.baseAddress, start < end else { return (start, 0) }
    var index = start
    var lineFeeds = 0
    while index + 16 <= end {
      let (low, high) = flags(base + index, stops: stops)
      let (feedLow, feedHigh) = lineFeedFlags(base + index)
      if low != 0 {
        let lanes = low.trailingZeroBitCount
        let below = (UInt64(1) << UInt64(lanes)) &- 1
        lineFeeds += (feedLow & below).nonzeroBitCount / 8
        return (index + lanes / 8, lineFeeds)
      }
      if high != 0 {
        let lanes = high.trailingZeroBitCount
        let below = (UInt64(1) << UInt64(lanes)) &- 1
        lineFeeds += feedLow.nonzeroBitCount / 8 + (feedHigh & below).nonzeroBitCount / 8
        return (index + 8 + lanes / 8, lineFeeds)
      }
      lineFeeds += (feedLow.nonzeroBitCount + feedHigh.nonzeroBitCount) / 8
      index += 16
    }
    while index < end {
      let byte = base[index]
      if stops.stops(byte) { return (index, lineFeeds) }
      if byte == 0x0A { lineFeeds += 1 }
      index += 1
    }
    return (end, lineFeeds)
  }

  /// The sixteen bytes at `pointer` flagged (all bits of a byte set) when they stop a skip, as
  /// two little-endian words, the first eight bytes in `low`.
  @inline(__always)
  private static func flags(
    _ pointer: UnsafePointer<UInt8>, stops: Stops
  ) -> (low: UInt64, high: UInt64) {
    let vector = UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    let quote = SIMD16<UInt8>(repeating: 0x22)
    var flags: SIMDMask<SIMD16<Int8>>
    switch stops {
    case .stringBody:
      flags = (vector .== quote) .| (vector .== SIMD16<UInt8>(repeating: 0x5C))
    case .nested, .topLevel:
      // "{" and "[" differ only in bit 0x20, as "}" and "]" do.
      let folded = vector | SIMD16<UInt8>(repeating: 0x20)
      flags =
        (vector .== quote) .| (folded .== SIMD16<UInt8>(repeating: 0x7B))
        .| (folded .== SIMD16<UInt8>(repeating: 0x7D))
      if stops == .topLevel {
        flags =
          flags .| (vector .== SIMD16<UInt8>(repeating: 0x3A))
          .| (vector .== SIMD16<UInt8>(repeating: 0x2C))
      }
    }
    let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
    return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
  }

  /// The sixteen bytes at `pointer` flagged when they are a line feed, as `flags` gives them.
  @inline(__always)
  private static func lineFeedFlags(_ pointer: UnsafePointer<UInt8>) -> (low: UInt64, high: UInt64)
  {
    let vector = UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    let flags = vector .== SIMD16<UInt8>(repeating: 0x0A)
    let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
    return (UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]))
  }
}
