import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the file system says of index files whose checksums are known good, so that the next
/// incremental build checks again only the files written since (the way `git` trusts a file's
/// stat data over re-reading it).
///
/// The file `verified` in the index folder has a line per file: its name, the CRC-32 its
/// manifest entry gives, and its size, inode, change time and modification time when it was
/// known good (written by this program, or read whole and checked). Any write to a file through
/// the file system moves its change time, which no program can set back, so a stamp that still
/// matches means the file was not written since. A file whose change time is not strictly older
/// than the `verified` file's own modification time is checked anyway: a write in the same clock
/// tick as the stamp would leave the change time unmoved ("racy" stamps). A missing, damaged or
/// foreign `verified` file only means that every file is checked.
package struct VerifiedStamps: Sendable, Equatable {
  /// One file's identity on disk.
  package struct Stamp: Sendable, Equatable {
    var size: Int64
    var inode: UInt64
    var changeTime: Int64
    var modificationTime: Int64
  }

  package static let fileName = "verified"
  static let header = "parlindex-verified 1"

  /// Stamps by file name, with the CRC-32 each was verified against.
  package private(set) var stamps: [String: (crc: UInt32, stamp: Stamp)] = [:]

  package init() {}

  package static func == (left: VerifiedStamps, right: VerifiedStamps) -> Bool {
    left.stamps.count == right.stamps.count
      && left.stamps.allSatisfy { name, value in
        right.stamps[name].map { $0.crc == value.crc && $0.stamp == value.stamp } ?? false
      }
  }

  /// The stamp of the file at `path` now, or nil when it cannot be read.
  package static func stamp(path: String) -> Stamp? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return Stamp(
      size: Int64(status.st_size), inode: UInt64(status.st_ino),
      changeTime: nanoseconds(status.st_ctim), modificationTime: nanoseconds(status.st_mtim))
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
  }

  /// Records `name` as verified against `crc` with its current stamp (nothing when it cannot be
  /// read).
  package mutating func record(_ name: String, crc: UInt32, in directory: URL) {
    guard let stamp = VerifiedStamps.stamp(path: directory.appendingPathComponent(name).path)
    else { return }
    stamps[name] = (crc, stamp)
  }

  /// The stamps of `directory`'s `verified` file that may be trusted: each matching its file's
  /// stat data now and older than the `verified` file itself. Empty when there is none, or it
  /// cannot be read or parsed.
  package static func trusted(in directory: URL) -> VerifiedStamps {
    let url = directory.appendingPathComponent(fileName)
    guard let own = stamp(path: url.path),
      let data = FileManager.default.contents(atPath: url.path),
      let parsed = parse(data)
    else { return VerifiedStamps() }
    var trusted = VerifiedStamps()
    for (name, value) in parsed.stamps {
      guard value.stamp.changeTime < own.modificationTime,
        stamp(path: directory.appendingPathComponent(name).path) == value.stamp
      else { continue }
      trusted.stamps[name] = value
    }
    return trusted
  }

  /// Keeps a stamp taken earlier.
  package mutating func keep(_ name: String, _ value: (crc: UInt32, stamp: Stamp)) {
    stamps[name] = value
  }

  /// Whether `name` is verified against `crc`.
  package func vouches(for name: String, crc: UInt32) -> Bool {
    stamps[name]?.crc == crc
  }

  /// The file's text: the header line, then one line per file, sorted by name.
  package func encoded() -> Data {
    var text = VerifiedStamps.header + "\n"
    for name in stamps.keys.sorted() {
      let (crc, stamp) = stamps[name]!
      text +=
        "\(name) \(crc) \(stamp.size) \(stamp.inode) \(stamp.changeTime) \(stamp.modificationTime)\n"
    }
    return Data(text.utf8)
  }

  /// The stamps of a `verified` file's text; nil when it is not one (a wrong header, a line
  /// without six fields or with a field that is not a number, a name with a slash).
  package static func parse(_ data: Data) -> VerifiedStamps? {
    guard let text = String(data: data, encoding: .utf8) else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
    guard lines.first == Substring(header) else { return nil }
    lines = lines.dropFirst()
    var result = VerifiedStamps()
    for line in lines {
      let fields = line.split(separator: " ")
      guard fields.count == 6, !fields[0].contains("/"), let crc = UInt32(fields[1]),
        let size = Int64(fields[2]), let inode = UInt64(fields[3]),
        let changeTime = Int64(fields[4]), let modificationTime = Int64(fields[5])
      else { return nil }
      result.stamps[String(fields[0])] = (
        crc,
        Stamp(
          size: size, inode: inode, changeTime: changeTime, modificationTime: modificationTime)
      )
    }
    return result
  }

  /// Writes the `verified` file (a temporary file renamed over it). Best effort: a failure only
  /// means the next build checks every file.
  package func write(in directory: URL) {
    let url = directory.appendingPathComponent(VerifiedStamps.fileName)
    let temporary = directory.appendingPathComponent(VerifiedStamps.fileName + ".tmp")
    guard (try? encoded().write(to: temporary)) != nil,
      rename(temporary.path, url.path) == 0
    else {
      try? FileManager.default.removeItem(at: temporary)
      try? FileManager.default.removeItem(at: url)
      return
    }
    // A stamp as new as the file itself is not trusted (see the type's note): when a file was
    // written in the clock tick of this write, write again a tick later (a few times at most).
    for _ in 0..<3 {
      guard let own = VerifiedStamps.stamp(path: url.path),
        stamps.values.contains(where: { $0.stamp.changeTime >= own.modificationTime })
      else { return }
      usleep(10_000)
      guard (try? encoded().write(to: temporary)) != nil, rename(temporary.path, url.path) == 0
      else {
        try? FileManager.default.removeItem(at: temporary)
        return
      }
    }
  }

  /// Stamps every file of `manifest` (all known good: just written by this program, or checked
  /// whole), keeping the stamps of `kept` for the files it vouches for, and writes the
  /// `verified` file.
  package static func record(
    _ manifest: Manifest, keeping kept: VerifiedStamps = VerifiedStamps(), in directory: URL
  ) {
    var stamps = VerifiedStamps()
    for file in manifest.files {
      if let value = kept.stamps[file.name], value.crc == file.crc32 {
        stamps.stamps[file.name] = value
      } else {
        stamps.record(file.name, crc: file.crc32, in: directory)
      }
    }
    stamps.write(in: directory)
  }
}
