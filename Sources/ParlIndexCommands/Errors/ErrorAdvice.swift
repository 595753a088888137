import Foundation
import Indexing

/// Turns a runtime failure into a message for a person: what happened, to which file or folder,
/// and what to do next. The index's own errors (`IndexError`, in Indexing) name the file; the
/// remedy is added here, where the command and its `--index` folder are known.
struct ErrorAdvice: Sendable {
  /// The command that failed (`search`, `verify`…).
  var command: String
  /// The index folder as the user gave it (default `index`).
  var indexDirectory: String

  /// The message printed after `parlindex: error: `.
  func message(for error: any Error) -> String {
    switch error {
    case let error as IndexError: return message(for: error)
    case let error as RuntimeError: return message(for: error)
    default: return String(describing: error)
    }
  }

  func message(for error: IndexError) -> String {
    switch error {
    case .missing(let path):
      let name = URL(fileURLWithPath: path).lastPathComponent
      if isFile(indexDirectory) {
        return "'\(indexDirectory)' is a file, not an index folder; give --index the folder an "
          + "index was built in, or build one with: parlindex index CORPUS --index FOLDER"
      }
      if name == IndexLayout.current {
        return "no finished index in '\(folder)' (it has no \(name) file); \(build)"
      }
      if isIndexFolder(path) { return "no index in '\(folder)'; \(build)" }
      return "\(located(path)): missing index file; the index is incomplete: \(rebuild)"
    case .corrupted(let file, let reason):
      return "\(located(file)): corrupted index file: \(reason); \(rebuild)"
        + (command == "verify" ? "" : " (parlindex verify\(indexFlag) lists every damaged file)")
    case .incompatibleFormat(let file, let found, let supported):
      return "\(located(file)): index format version \(found), this program reads version "
        + "\(supported); \(rebuild)"
    case .locked(let pid):
      return "\(located(IndexLayout.lock)): the index is being written by process \(pid); "
        + "wait for that build to finish, then run the command again"
    case .io(let path, let message):
      let disk = command == IndexCommand.name ? ", and the free disk space" : ""
      return "\(located(path)): \(message); check that it exists and that you may read and "
        + "write it\(disk)"
    }
  }

  func message(for error: RuntimeError) -> String {
    if let advice = error.advice { return "\(error.message); \(advice)" }
    switch command {
    case "verify": return "\(error.message); \(rebuild)"
    case "extract": return "\(error.message); check the path, or give - to read standard input"
    default: return error.message
    }
  }

  /// The index folder with a trailing slash, as typed.
  var folder: String { indexDirectory.hasSuffix("/") ? indexDirectory : indexDirectory + "/" }

  /// ` --index DIR`, or nothing for the default folder.
  var indexFlag: String {
    indexDirectory == "index" || indexDirectory == "index/" ? "" : " --index \(indexDirectory)"
  }

  var build: String { "build one with: parlindex index CORPUS\(indexFlag)" }

  var rebuild: String { "rebuild it with: parlindex index CORPUS\(indexFlag)" }

  /// A file of the index named relative to the folder as the user typed it.
  func located(_ path: String) -> String {
    if path.hasPrefix("/") {
      let root = URL(fileURLWithPath: indexDirectory).standardizedFileURL.path + "/"
      return path.hasPrefix(root) ? folder + path.dropFirst(root.count) : path
    }
    return path.hasPrefix(folder) ? path : folder + path
  }

  func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }

  func isIndexFolder(_ path: String) -> Bool {
    URL(fileURLWithPath: path).standardizedFileURL.path
      == URL(fileURLWithPath: indexDirectory).standardizedFileURL.path
  }
}
