import FrenchText

/// The paragraphs of the HTML of an open-data text, exactly as `HTMLTextExtractor` makes them
/// (block tags end a paragraph, cells add a space, inline tags vanish, runs of ASCII white space
/// become one space, entities are decoded), built faster: the bytes copied as they are are
/// appended as runs (slices of the HTML), and tag names are matched as bytes.
struct HTMLParagraphs {
  private let html: TextRepairBuffer
  private let bytes: [UInt8]
  private let origins: [Int]
  private var result: [TextRepairBuffer] = []
  private var current = TextRepairBuffer()
  /// The last byte of `current` and of the pending run.
  private var last: UInt8?
  /// The pending run of bytes copied as they are, with their origins.
  private var run = 0..<0

  private init(_ html: TextRepairBuffer) {
    self.html = html
    bytes = html.bytes
    origins = html.origins
  }

  /// The paragraphs of `html`.
  static func paragraphs(_ html: TextRepairBuffer) -> [TextRepairBuffer] {
    var reader = HTMLParagraphs(html)
    reader.read()
    return reader.result
  }

  private mutating func read() {
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
      if byte == 0x3C, let tag = HTMLTag(bytes, at: index) {
        switch tag.kind {
        case .block: flush()
        case .cell: appendSpace(at: index)
        case .inline: break
        }
        index = tag.end
      } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        appendSpace(at: index)
        index += 1
      } else if byte == 0x26, let entity = HTMLTag.entity(bytes, at: index) {
        if entity.bytes == [0x20] {
          appendSpace(at: index)
        } else {
          commitRun()
          current.append(contentsOf: entity.bytes, origin: origins[index])
          last = entity.bytes.last
        }
        index = entity.end
      } else {
        appendCopied(index..<index + 1)
        last = byte
        index += 1
      }
    }
    flush()
  }

  /// The end of the bytes from `start` on that are copied as they are: neither a tag, an entity
  /// nor a line break or tab, and a space only after a byte that is not one (`last` before).
  private static func copiedEnd(_ bytes: [UInt8], from start: Int, after last: UInt8?) -> Int {
    var previous = last
    var end = start
    while end < bytes.count {
      let byte = bytes[end]
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

  /// Appends `range` of the bytes with their own origins.
  private mutating func appendCopied(_ range: Range<Int>) {
    if !run.isEmpty, run.upperBound == range.lowerBound {
      run = run.lowerBound..<range.upperBound
    } else {
      commitRun()
      run = range
    }
  }

  /// A space with the origin of `bytes[index]`, unless the paragraph is empty or ends with one.
  private mutating func appendSpace(at index: Int) {
    guard let last, last != 0x20 else { return }
    if bytes[index] == 0x20 {
      appendCopied(index..<index + 1)
      self.last = 0x20
    } else {
      commitRun()
      current.append(0x20, origin: origins[index])
      self.last = 0x20
    }
  }

  private mutating func commitRun() {
    guard !run.isEmpty else { return }
    if run.count == 1 {
      current.append(bytes[run.lowerBound], origin: origins[run.lowerBound])
    } else {
      current.append(html.slice(run))
    }
    run = 0..<0
  }

  private mutating func flush() {
    commitRun()
    current.trimTrailingSpaces()
    if !current.isEmpty { result.append(current) }
    current = TextRepairBuffer()
    last = nil
  }
}
