import Corpus
import FrenchText

/// The fixed-width per-document entry of the `.docs` file (48 bytes), read by filters and BM25
/// without decoding stored records.
package struct DocumentColumns: Sendable, Equatable {
  package static let size = 48
  package static let noDate = Int32.min

  package var date: Int32 = DocumentColumns.noDate
  /// 0 unknown, 1 Assemblée nationale, 2 Sénat.
  package var chamber: UInt8 = 0
  /// 0 question, 1 announcement.
  package var kind: UInt8 = 0
  /// 0 not a question, 1 answered, 2 not answered.
  package var status: UInt8 = 0
  /// Bit 0: deleted (replaced by a later document with the same id).
  package var flags: UInt8 = 0
  package var legislature: UInt16 = 0
  package var fieldLength: UInt32 = 0
  package var storeOffset: UInt64 = 0
  package var storeLength: UInt32 = 0
  package var stringsLength: UInt32 = 0
  package var stringsOffset: UInt64 = 0
  package var storeCRC: UInt32 = 0

  package init() {}

  /// The columns a document's metadata gives (store and strings locations are set later).
  package init(document: __shared Document, fieldLength: Int) {
    date = document.date.map { Int32($0.daysSinceEpoch) } ?? DocumentColumns.noDate
    chamber =
      switch document.chamber {
      case .assemblee: 1
      case .senat: 2
      case nil: 0
      }
    kind = document.kind == .question ? 0 : 1
    if document.kind == .question {
      let answered =
        document.status == "answered"
        || (document.status == nil && document.answerDate != nil)
      status = answered ? 1 : 2
    }
    legislature = UInt16(clamping: document.legislature ?? 0)
    self.fieldLength = UInt32(clamping: fieldLength)
  }

  package var isDeleted: Bool { flags & 1 == 1 }

  /// Appends the 48 bytes (little-endian), stored in place after 48 zeros are appended.
  package func encode(into buffer: inout ByteBuffer) {
    let start = buffer.bytes.count
    buffer.bytes.append(contentsOf: repeatElement(0, count: DocumentColumns.size))
    buffer.bytes.withUnsafeMutableBytes { all in
      let out = UnsafeMutableRawBufferPointer(rebasing: all[start..<start + DocumentColumns.size])
      out.storeBytes(of: UInt32(bitPattern: date).littleEndian, toByteOffset: 0, as: UInt32.self)
      out.storeBytes(of: chamber, toByteOffset: 4, as: UInt8.self)
      out.storeBytes(of: kind, toByteOffset: 5, as: UInt8.self)
      out.storeBytes(of: status, toByteOffset: 6, as: UInt8.self)
      out.storeBytes(of: flags, toByteOffset: 7, as: UInt8.self)
      out.storeBytes(of: legislature.littleEndian, toByteOffset: 8, as: UInt16.self)
      out.storeBytes(of: fieldLength.littleEndian, toByteOffset: 12, as: UInt32.self)
      out.storeBytes(of: storeOffset.littleEndian, toByteOffset: 16, as: UInt64.self)
      out.storeBytes(of: storeLength.littleEndian, toByteOffset: 24, as: UInt32.self)
      out.storeBytes(of: stringsLength.littleEndian, toByteOffset: 28, as: UInt32.self)
      out.storeBytes(of: stringsOffset.littleEndian, toByteOffset: 32, as: UInt64.self)
      out.storeBytes(of: storeCRC.littleEndian, toByteOffset: 40, as: UInt32.self)
    }
  }

  package init(from bytes: UnsafeRawBufferPointer, at offset: Int) {
    func load<T: FixedWidthInteger>(_ type: T.Type, _ at: Int) -> T {
      ByteReader.load(type, from: bytes, at: offset + at)
    }
    date = load(Int32.self, 0)
    chamber = load(UInt8.self, 4)
    kind = load(UInt8.self, 5)
    status = load(UInt8.self, 6)
    flags = load(UInt8.self, 7)
    legislature = load(UInt16.self, 8)
    fieldLength = load(UInt32.self, 12)
    storeOffset = load(UInt64.self, 16)
    storeLength = load(UInt32.self, 24)
    stringsLength = load(UInt32.self, 28)
    stringsOffset = load(UInt64.self, 32)
    storeCRC = load(UInt32.self, 40)
  }
}
