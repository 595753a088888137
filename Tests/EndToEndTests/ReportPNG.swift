import Foundation

/// The pixels of an 8-bit RGB or RGBA PNG (what Chromium's `--screenshot` writes), decoded with
/// `ReportInflate`: enough to tell a rendered page from a blank one.
struct ReportPNG {
  enum Failure: Error { case notPNG, unsupported(String), badData }

  var width: Int
  var height: Int
  /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
  var channels: Int
  /// Unfiltered rows, `width * channels` bytes each.
  var pixels: [UInt8]

  init(_ data: Data) throws {
    let bytes = [UInt8](data)
    guard bytes.count > 33, bytes.starts(with: [137, 80, 78, 71, 13, 10, 26, 10]) else {
      throw Failure.notPNG
    }
    var offset = 8
    var header: [UInt8] = []
    var compressed: [UInt8] = []
    while offset + 8 <= bytes.count {
      let length = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
      let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
      guard offset + 12 + length <= bytes.count else { throw Failure.badData }
      let body = bytes[(offset + 8)..<(offset + 8 + length)]
      if type == "IHDR" { header = Array(body) }
      if type == "IDAT" { compressed += body }
      offset += 12 + length
    }
    guard header.count == 13 else { throw Failure.badData }
    width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
    height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
    guard header[8] == 8, header[12] == 0, header[9] == 2 || header[9] == 6 else {
      throw Failure.unsupported("bit depth \(header[8]), colour type \(header[9])")
    }
    channels = header[9] == 6 ? 4 : 3
    // Two bytes of zlib header before the DEFLATE stream.
    let raw = try ReportInflate.inflate(
      Array(compressed.dropFirst(2)), expectedSize: height * (width * channels + 1))
    pixels = try Self.unfilter(raw, width: width, height: height, channels: channels)
  }

  /// Undoes the per-row filters (none, sub, up, average, Paeth).
  static func unfilter(_ raw: [UInt8], width: Int, height: Int, channels: Int) throws -> [UInt8] {
    let stride = width * channels
    guard raw.count >= height * (stride + 1) else { throw Failure.badData }
    var out = [UInt8](repeating: 0, count: height * stride)
    for row in 0..<height {
      let filter = raw[row * (stride + 1)]
      let source = row * (stride + 1) + 1
      let target = row * stride
      for index in 0..<stride {
        let left = index >= channels ? Int(out[target + index - channels]) : 0
        let up = row > 0 ? Int(out[target + index - stride]) : 0
        let upLeft = row > 0 && index >= channels ? Int(out[target + index - stride - channels]) : 0
        let predictor: Int
        switch filter {
        case 0: predictor = 0
        case 1: predictor = left
        case 2: predictor = up
        case 3: predictor = (left + up) / 2
        case 4: predictor = paeth(left, up, upLeft)
        default: throw Failure.badData
        }
        out[target + index] = UInt8(truncatingIfNeeded: Int(raw[source + index]) + predictor)
      }
    }
    return out
  }

  static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let p = a + b - c
    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
    if pa <= pb && pa <= pc { return a }
    return pb <= pc ? b : c
  }

  /// The red, green and blue of pixel (x, y).
  func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) {
    let index = (y * width + x) * channels
    return (Int(pixels[index]), Int(pixels[index + 1]), Int(pixels[index + 2]))
  }

  /// What the picture holds: the share of pixels unlike the top-left one (the background), the
  /// number of distinct colours, and how many pixels are strongly red.
  struct Summary {
    var foregroundShare: Double
    var colours: Int
    var redPixels: Int
  }

  var summary: Summary {
    let background = rgb(0, 0)
    var foreground = 0
    var red = 0
    var colours = Set<Int>()
    for y in 0..<height {
      for x in 0..<width {
        let (r, g, b) = rgb(x, y)
        if (r, g, b) != background { foreground += 1 }
        if r > 170, g < 90, b < 90 { red += 1 }
        if colours.count < 5000 { colours.insert(r << 16 | g << 8 | b) }
      }
    }
    return Summary(
      foregroundShare: Double(foreground) / Double(width * height), colours: colours.count,
      redPixels: red)
  }
}
