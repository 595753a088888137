/// Decodes ISO-8859-1 bytes (the data.senat.fr CSV files) to UTF-8, reading 0x80–0x9F as
/// windows-1252 (€, œ, ’, « … ») since files labelled Latin-1 are often written that way.
public enum Latin1Text {
  /// windows-1252 for 0x80–0x9F (0 where the code page leaves a hole: kept as the C1 control).
  static let windows1252: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// The scalar of one byte.
  public static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    if byte >= 0x80, byte <= 0x9F, windows1252[Int(byte) - 0x80] != 0,
      let scalar = Unicode.Scalar(windows1252[Int(byte) - 0x80])
    {
      return scalar
    }
    return Unicode.Scalar(byte)
  }

  /// The text of `bytes`.
  public static func string(_ bytes: some Sequence<UInt8>) -> String {
    var result = String.UnicodeScalarView()
    for byte in bytes { result.append(scalar(byte)) }
    return String(result)
  }

  /// The UTF-8 text of `bytes`, each byte remembering the file offset of its Latin-1 byte
  /// (the first of `bytes` being at `origin`).
  public static func buffer(_ bytes: ArraySlice<UInt8>, origin: Int) -> TextRepairBuffer {
    var buffer = TextRepairBuffer()
    buffer.reserveCapacity(bytes.count)
    for (index, byte) in zip(bytes.indices, bytes) {
      let at = origin + index - bytes.startIndex
      if byte < 0x80 {
        buffer.append(byte, origin: at)
      } else {
        for unit in String(Character(scalar(byte))).utf8 { buffer.append(unit, origin: at) }
      }
    }
    return buffer
  }
}
