/// The 64-bit FNV-1a hash of a file's bytes, fed in pieces as they are read: the content hash
/// that tells a changed file from an unchanged one (`ContentHash` in `Indexing` writes it in
/// hexadecimal). Feeding the pieces one after the other gives the hash of the whole.
package struct ContentHasher: Sendable {
  /// The hash of the bytes fed so far (the FNV offset basis before any).
  package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  package init() {}

  /// Adds `bytes` after those already fed.
  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var hash = value
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    value = hash
  }

  /// Adds `bytes` after those already fed.
  package mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }
}
